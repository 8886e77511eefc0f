import { PlusOutlined } from '@ant-design/icons';
import type { ActionType } from '@ant-design/pro-components';
import { Button } from 'antd';
import { useRef, useState, type ReactNode } from 'react';

export interface ListEditor<T> {
  /** Give it to the ListPage: the list reloads once a form saves. */
  actionRef: React.MutableRefObject<ActionType | undefined>;
  /** A form is open (new or editing a row). */
  open: boolean;
  /** The row being edited; `null` for a new one. */
  record: T | null;
  create(): void;
  edit(row: T): void;
  /** The form's `onClose`. */
  close(): void;
  /** The form's `onSaved`: closes it and reloads the list. */
  saved(): void;
  /** The list's 新建 button. */
  createButton(label: ReactNode): ReactNode;
}

/** A list whose rows are created and edited in a form modal: which form is open, and the reload. */
export function useListEditor<T>(): ListEditor<T> {
  const actionRef = useRef<ActionType>();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const create = () => setEditing('new');
  return {
    actionRef,
    open: editing !== null,
    record: editing === 'new' ? null : editing,
    create,
    edit: (row) => setEditing(row),
    close: () => setEditing(null),
    saved: () => {
      setEditing(null);
      void actionRef.current?.reload();
    },
    createButton: (label) => (
      <Button key="create" type="primary" icon={<PlusOutlined />} onClick={create}>
        {label}
      </Button>
    ),
  };
}
