import type { Page, WorkerResponse } from '@steadywork/shared';
import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { t } from '../locales';
import { request } from '../services/request';

interface Props {
  id?: string;
  value?: number;
  onChange?(workerId: number | undefined): void;
}

/** The first 20 workers in the caller's scope matching a name or the ID's last digits. */
function searchWorkers(keyword: string): Promise<WorkerResponse[]> {
  return request<Page<WorkerResponse>>('/workers', { query: { keyword, page: 1, pageSize: 20 }, silent: true }).then(
    (page) => page.items,
  );
}

const label = (w: WorkerResponse) => [w.name, w.idNumberMasked, w.regionName].join('　');

/** Picks a worker in the caller's scope by searching GET /workers as the user types (after a short pause). */
export function WorkerPicker({ id, value, onChange }: Props) {
  const [options, setOptions] = useState<{ label: string; value: number }[]>([]);
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  // Only the answer to the latest search fills the list.
  const latest = useRef(0);

  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (input: string) => {
    clearTimeout(timer.current);
    const keyword = input.trim();
    if (!keyword) return;
    timer.current = setTimeout(() => {
      const ticket = ++latest.current;
      setSearching(true);
      searchWorkers(keyword).then(
        (workers) => {
          if (ticket !== latest.current) return;
          setOptions(workers.map((w) => ({ label: label(w), value: w.id })));
          setSearching(false);
        },
        () => ticket === latest.current && setSearching(false),
      );
    }, 300);
  };

  return (
    <Select<number>
      id={id}
      showSearch
      allowClear
      value={value}
      onChange={(next) => onChange?.(next)}
      filterOption={false}
      onSearch={search}
      options={options}
      placeholder={t('common.workerSearchPlaceholder')}
      notFoundContent={searching ? <Spin size="small" /> : undefined}
      style={{ width: '100%' }}
    />
  );
}
