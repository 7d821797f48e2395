export type ChatInput = { kind: 'empty' } | { kind: 'question'; text: string } | { kind: 'command'; name: string; arg: string };

/** "/schema orders" is a command; anything else that is not blank is a question. */
export function parseChatInput(text: string): ChatInput {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  if (!trimmed.startsWith('/')) return { kind: 'question', text: trimmed };
  const match = /^\/(\S*)\s*([\s\S]*)$/.exec(trimmed)!;
  return { kind: 'command', name: match[1]!.toLowerCase(), arg: match[2]!.trim() };
}
