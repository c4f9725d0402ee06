/** Reading a CPU profile for the time spent in the extension's code and in what it calls. */

export type Profile = {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
};

export interface ExtensionTime {
  /** Samples whose stack holds extension code, times the sampling interval. */
  totalMs: number;
  /** The longest run of consecutive such samples, in ms of the profile's own clock. */
  longestRunMs: number;
}

/**
 * Samples are counted, not the gaps before them, for the total: on two busy cores the sampler is sometimes
 * late, and a late sample would charge the wait to whatever code it lands in. A run is measured on the
 * profile's clock from its first sample to the sample after its last.
 */
export function extensionTime(
  profile: Profile,
  intervalUs: number,
  isExtension: (url: string) => boolean,
): ExtensionTime {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inExtension = new Set<number>();
  const visit = (id: number, inside: boolean) => {
    const node = byId.get(id);
    if (!node) return;
    const here = inside || isExtension(node.callFrame.url);
    if (here) inExtension.add(id);
    for (const child of node.children ?? []) visit(child, here);
  };
  if (profile.nodes[0]) visit(profile.nodes[0].id, false);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let count = 0;
  let longest = 0;
  let runStart = -1;
  let clock = 0;
  for (let i = 0; i < samples.length; i++) {
    clock += deltas[i] ?? 0;
    const inside = inExtension.has(samples[i] as number);
    if (inside) {
      count++;
      if (runStart < 0) runStart = clock;
    } else if (runStart >= 0) {
      longest = Math.max(longest, clock - runStart);
      runStart = -1;
    }
  }
  if (runStart >= 0) longest = Math.max(longest, clock - runStart + intervalUs);
  return { totalMs: (count * intervalUs) / 1000, longestRunMs: longest / 1000 };
}
