import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RegionLevel, RegionNode } from '@steadywork/shared';
import { Repository } from 'typeorm';
import { Region } from './region.entity';

/**
 * The region tree, loaded once: it is reference data that changes only by migration, so
 * every process holds the same copy and stays stateless.
 */
@Injectable()
export class RegionService implements OnModuleInit {
  private byCode = new Map<string, Region>();
  private children = new Map<string, string[]>();
  private subtreeCache = new Map<string, string[]>();
  private root: Region | null = null;

  constructor(@InjectRepository(Region) private readonly regions: Repository<Region>) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
  }

  async reload(): Promise<void> {
    const all = await this.regions.find({ order: { code: 'ASC' } });
    this.byCode = new Map(all.map((r) => [r.code, r]));
    this.children = new Map();
    this.subtreeCache.clear();
    for (const r of all) {
      if (r.parentCode) this.children.set(r.parentCode, [...(this.children.get(r.parentCode) ?? []), r.code]);
      else this.root = r;
    }
  }

  get(code: string): Region | undefined {
    return this.byCode.get(code);
  }

  nameOf(code: string): string {
    return this.byCode.get(code)?.name ?? code;
  }

  rootCode(): string | null {
    return this.root?.code ?? null;
  }

  /** The code itself and every descendant's. */
  subtree(code: string): string[] {
    const cached = this.subtreeCache.get(code);
    if (cached) return cached;
    const out: string[] = [];
    const stack = [code];
    while (stack.length) {
      const c = stack.pop()!;
      if (!this.byCode.has(c)) continue;
      out.push(c);
      stack.push(...(this.children.get(c) ?? []));
    }
    this.subtreeCache.set(code, out);
    return out;
  }

  isWithin(code: string, ancestor: string): boolean {
    for (let c: string | null | undefined = code; c; c = this.byCode.get(c)?.parentCode) {
      if (c === ancestor) return true;
    }
    return false;
  }

  /** The 8 cities/prefectures (the root's children). */
  cities(): Region[] {
    const root = this.root?.code;
    return root ? (this.children.get(root) ?? []).map((c) => this.byCode.get(c)!) : [];
  }

  /** The city/prefecture a region lies in (itself for a city), or null above that level. */
  cityOf(code: string): string | null {
    const root = this.root?.code;
    for (let c: string | null | undefined = code; c; c = this.byCode.get(c)?.parentCode) {
      if (this.byCode.get(c)?.parentCode === root) return c;
    }
    return null;
  }

  /** The county with this name, when exactly one has it. */
  findCountyByName(name: string): string | null {
    const hits = [...this.byCode.values()].filter((r) => r.level === RegionLevel.COUNTY && r.name === name);
    return hits.length === 1 ? hits[0].code : null;
  }

  /** Path of names from the top, e.g. 青海省 / 西宁市 / 城东区. */
  fullName(code: string): string {
    const names: string[] = [];
    for (let c: string | null | undefined = code; c; c = this.byCode.get(c)?.parentCode) {
      const r = this.byCode.get(c);
      if (r) names.unshift(r.name);
    }
    return names.join(' / ');
  }

  tree(code = this.root?.code): RegionNode | null {
    if (!code) return null;
    const r = this.byCode.get(code);
    if (!r) return null;
    const kids = (this.children.get(code) ?? []).map((c) => this.tree(c)!).filter(Boolean);
    return {
      code: r.code,
      name: r.name,
      level: r.level,
      parentCode: r.parentCode,
      ...(kids.length ? { children: kids } : {}),
    };
  }
}
