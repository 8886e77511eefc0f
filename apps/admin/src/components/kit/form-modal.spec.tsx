import { ProFormText } from '@ant-design/pro-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { AppProviders } from '../../App';
import { type } from '../../../test/form';
import { FormModal } from './FormModal';

/** A page that keeps its form modal mounted and opens it again and again. */
function Page({ sent }: { sent: string[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)}>open</button>
      <FormModal<{ title: string }, string>
        open={open}
        title="新建"
        name="kit"
        submit={async (_values, _errors, idempotencyKey) => {
          sent.push(idempotencyKey);
          return sent.length === 1 ? false : idempotencyKey;
        }}
        onClose={() => setOpen(false)}
        onSaved={() => setOpen(false)}
      >
        <ProFormText name="title" label="名称" />
      </FormModal>
    </>
  );
}

async function submit() {
  const footer = document.querySelector(
    '.ant-modal-wrap:not([style*="display: none"]) .ant-modal-footer',
  ) as HTMLElement;
  await act(async () => {
    fireEvent.click(footer.querySelector('button.ant-btn-primary')!);
  });
}

describe('FormModal', () => {
  it('sends one Idempotency-Key per opening: kept while the form is refused and resent, new once saved', async () => {
    const sent: string[] = [];
    render(
      <AppProviders>
        <Page sent={sent} />
      </AppProviders>,
    );
    fireEvent.click(screen.getByText('open'));
    await waitFor(() => expect(document.getElementById('kit_title')).not.toBeNull());
    type('kit_title', '甲');
    await submit(); // kept open (the check said no)
    await waitFor(() => expect(sent).toHaveLength(1));
    await submit(); // saved
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toBe(sent[0]);

    fireEvent.click(screen.getByText('open'));
    await waitFor(() => expect(document.getElementById('kit_title')).not.toBeNull());
    await submit();
    await waitFor(() => expect(sent).toHaveLength(3));
    expect(sent[2]).not.toBe(sent[0]);
    expect(sent[2]).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});
