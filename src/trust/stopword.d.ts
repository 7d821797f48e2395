/** The stopword package ships no types: each language is an array of lower-case words, named by its ISO 639-3 code. */
declare module 'stopword' {
  export const eng: string[];
  export const spa: string[];
  export const fra: string[];
  export const deu: string[];
  export const ita: string[];
  export const por: string[];
  export const nld: string[];
}
