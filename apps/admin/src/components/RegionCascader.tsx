import type { RegionNode } from '@steadywork/shared';
import { Cascader } from 'antd';
import { REGION_FIELD_NAMES } from '../services/regions';

interface Props {
  tree: RegionNode | null;
  /** The codes from the province down to the picked region. */
  value?: string[];
  onChange?(value: string[]): void;
  /** Any level may be picked (a filter); otherwise only a leaf, a county. */
  anyLevel?: boolean;
  placeholder?: string;
  id?: string;
}

/** A region picker over the tree (province → cities → counties) the user's scope holds. */
export function RegionCascader({ tree, value, onChange, anyLevel, placeholder, id }: Props) {
  return (
    <Cascader<RegionNode>
      id={id}
      options={tree ? [tree] : []}
      fieldNames={REGION_FIELD_NAMES}
      value={value}
      onChange={(next) => onChange?.((next ?? []) as string[])}
      changeOnSelect={anyLevel}
      showSearch={{ filter: (input, path) => path.some((node) => node.name.includes(input.trim())) }}
      placeholder={placeholder}
      allowClear
      style={{ width: '100%' }}
    />
  );
}
