/** "unknown model" naming the configured ones, and for "openai" what makes it exist. */
export function unknownModelMessage(name: string, configured: string[]): string {
  const message = `unknown model "${name}"; configured models: ${[...configured].sort().join(', ')}`;
  if (name !== 'openai') return message;
  return `${message}; set OPENAI_API_KEY (and OPENAI_BASE_URL for another OpenAI-compatible server), or add models.openai to sluice.yml`;
}
