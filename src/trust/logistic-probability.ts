/** A fitted logistic model's probability: 1 / (1 + e^-(bias + Σ weight·value)), values by the weights' names (missing ones 0). */
export function logisticProbability(bias: number, weights: Readonly<Record<string, number>>, values: Readonly<Record<string, number>>): number {
  let logit = bias;
  for (const [name, weight] of Object.entries(weights)) logit += weight * (values[name] ?? 0);
  return 1 / (1 + Math.exp(-logit));
}
