import { ArchiveStatus, ErrorCode, Role } from '@steadywork/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aFile, anArchive, aWorker, pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route, type Call, type Handler } from '../../../../test/fake-api';
import { formItemOf, type } from '../../../../test/form';

const UPLOADED = aFile({ id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', name: '诊断证明.png', mime: 'image/png' });

beforeEach(() => localStorage.clear());

/** The detail page of worker 42 with this archive (none: null), plus the given routes. */
function detailOf(archive: ReturnType<typeof anArchive> | null, ...more: Handler[]) {
  return signedInAs(
    [Role.REVIEWER],
    [
      route('GET', '/workers/42', () => ({
        status: 200,
        body: aWorker({ archiveStatus: archive?.status ?? ArchiveStatus.NONE }),
      })),
      route('GET', '/workers/42/archive', () => ({ status: 200, body: archive })),
      route('GET', '/workers/42/follow-ups', () => ({ status: 200, body: [] })),
      route('GET', '/workers/42/audit', () => pageOf([])),
      ...more,
    ],
  );
}

async function openForm(button: string) {
  renderAt('/workers/42');
  const card = await screen.findByTestId('archive-card', undefined, { timeout: 45_000 });
  fireEvent.click((await within(card).findByText(button)).closest('button')!);
  await waitFor(() => expect(document.getElementById('archive_cause')).not.toBeNull());
}

function choose(...files: File[]) {
  fireEvent.change(document.getElementById('archive_attachments')!, { target: { files } });
}

const items = () => [...document.querySelectorAll('[data-testid="attachment-item"]')] as HTMLElement[];
const submit = () => fireEvent.click(screen.getByText(/确\s*定/).closest('button')!);

describe('archive form evidence', () => {
  it('uploads a chosen file at once with the token and sends its id in attachments', async () => {
    let answerUpload: (() => void) | undefined;
    const api = detailOf(
      null,
      route(
        'POST',
        '/files',
        () =>
          new Promise((resolve) => {
            answerUpload = () => resolve({ status: 201, body: UPLOADED });
          }),
      ),
      route('POST', '/workers/42/archive', (call) => ({
        status: 201,
        body: anArchive({ attachments: (call.body as { attachments: string[] }).attachments }),
      })),
    );
    await openForm('建档');

    fireEvent.click(screen.getByText('深度困难'));
    type('archive_cause', '主要劳动力失业');
    choose(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], '诊断证明.png', { type: 'image/png' }));

    // Uploading, then done: the file's name becomes a link to it.
    await waitFor(() => expect(items()[0]?.dataset.status).toBe('uploading'));
    expect(items()[0].textContent).toContain('上传中');
    const upload = api.calls.find((c) => c.method === 'POST' && c.path === '/files') as Call;
    expect(upload.auth).toBe('Bearer access');
    expect(((upload.body as FormData).get('file') as File).name).toBe('诊断证明.png');
    answerUpload!();
    await waitFor(() => expect(items()[0]?.dataset.status).toBe('done'));
    expect(within(items()[0]).getByTestId('attachment-link').textContent).toBe('诊断证明.png');

    submit();
    await waitFor(() =>
      expect(api.calls.some((c) => c.method === 'POST' && c.path === '/workers/42/archive')).toBe(true),
    );
    const saved = api.calls.find((c) => c.method === 'POST' && c.path === '/workers/42/archive');
    expect(saved?.body).toMatchObject({ level: 'DEEP', cause: '主要劳动力失业', attachments: [UPLOADED.id] });
  });

  it('refuses a file of another type before any request', async () => {
    const api = detailOf(null);
    await openForm('建档');

    choose(new File(['hello'], 'notes.txt', { type: 'text/plain' }));

    expect(await screen.findByText('“notes.txt”不是 JPG、PNG 图片或 PDF 文件，不能上传')).toBeTruthy();
    expect(items()).toHaveLength(0);
    expect(api.calls.some((c) => c.path === '/files')).toBe(false);
  });

  it('starts a re-assessment with the current files, sends what is kept and puts an unknown file’s error on the field', async () => {
    const kept = aFile();
    const dropped = aFile({ id: 'a5b2c3d4-0000-4000-8000-000000000001', name: '旧照片.jpg', mime: 'image/jpeg' });
    const api = detailOf(
      anArchive({ attachmentFiles: [dropped, kept] }),
      route('POST', '/workers/42/archive/reassess', () => ({
        status: 400,
        body: {
          statusCode: 400,
          error: ErrorCode.VALIDATION_FAILED,
          message: '请求参数有误',
          details: [{ field: 'attachments[0]', message: '附件不存在，请重新上传' }],
        },
      })),
    );
    await openForm('重新评估');

    expect(items().map((item) => item.dataset.status)).toEqual(['done', 'done']);
    expect(items()[0].textContent).toContain('旧照片.jpg');
    fireEvent.click(within(items()[0]).getByRole('button', { name: /删除/ }));
    await waitFor(() => expect(items()).toHaveLength(1));

    submit();
    const field = formItemOf('archive_attachments');
    expect(await within(field).findByText('低保证明.pdf：附件不存在，请重新上传')).toBeTruthy();
    const sent = api.calls.find((c) => c.path === '/workers/42/archive/reassess');
    expect((sent?.body as { attachments: string[] }).attachments).toEqual([kept.id]);
    expect(items()[0].dataset.status).toBe('error');
  });
});
