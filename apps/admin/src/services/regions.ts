import { RegionLevel, type RegionNode } from '@steadywork/shared';
import { useEffect, useState } from 'react';
import { request } from './request';

let cached: Promise<RegionNode> | null = null;

/** The region tree (province → cities → counties): reference data, fetched once per session. */
export function loadRegionTree(): Promise<RegionNode> {
  cached ??= request<RegionNode>('/regions').catch((e: unknown) => {
    cached = null;
    throw e;
  });
  return cached;
}

/** Forgets the cached tree (tests; a new session). */
export function resetRegionCache(): void {
  cached = null;
}

/** The codes from the root down to `code`, or null when the tree has no such region. */
export function pathTo(root: RegionNode, code: string): string[] | null {
  if (root.code === code) return [root.code];
  for (const child of root.children ?? []) {
    const below = pathTo(child, code);
    if (below) return [root.code, ...below];
  }
  return null;
}

export function findRegion(root: RegionNode, code: string): RegionNode | null {
  if (root.code === code) return root;
  for (const child of root.children ?? []) {
    const hit = findRegion(child, code);
    if (hit) return hit;
  }
  return null;
}

/**
 * The tree cut down to a staff member's data scope: the path from the province down to their
 * organisation's region, and everything below it. Outside that the API answers nothing anyway.
 */
export function scopedTree(root: RegionNode, scopeCode: string): RegionNode {
  if (root.code === scopeCode) return root;
  const path = pathTo(root, scopeCode);
  if (!path) return root;
  const prune = (node: RegionNode, depth: number): RegionNode => {
    if (node.code === scopeCode) return node;
    const next = (node.children ?? []).find((c) => c.code === path[depth + 1]);
    return { ...node, children: next ? [prune(next, depth + 1)] : [] };
  };
  return prune(root, 0);
}

/** Every county of a tree. */
export function countiesOf(root: RegionNode): RegionNode[] {
  if (root.level === RegionLevel.COUNTY) return [root];
  return (root.children ?? []).flatMap(countiesOf);
}

/** The region tree within the scope of `scopeCode` (the user's organisation), once loaded. */
export function useRegionTree(scopeCode: string | undefined): RegionNode | null {
  const [tree, setTree] = useState<RegionNode | null>(null);
  useEffect(() => {
    let live = true;
    loadRegionTree().then(
      (root) => live && setTree(scopeCode ? scopedTree(root, scopeCode) : root),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [scopeCode]);
  return tree;
}

/** antd Cascader reads these keys of a RegionNode. */
export const REGION_FIELD_NAMES = { label: 'name', value: 'code', children: 'children' } as const;
