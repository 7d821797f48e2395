import type { ReactNode } from 'react';

/** Something written once above the live area (Ink's <Static>): keys stay unique for the whole session. */
export interface StaticItem {
  key: string;
  node: ReactNode;
}
