/** A framework as the build holds it: its items by code, each with what the build derives from the tree. */
import type { FrameworkItemRow } from '../../src/schema/index.ts';
import type { Located } from './read-table.ts';

/** An item with what the build derives from the tree. */
export interface FrameworkItem extends FrameworkItemRow {
  aliases: string[];
  at: Located;
  /** 0 for TOTAL, 1 for its children… */
  depth: number;
  /** Whether the item adds up into its parent (components do not when the parent also has domains). */
  rollsUp: boolean;
}

export interface Framework {
  id: string;
  file: string;
  items: Map<string, FrameworkItem>;
}
