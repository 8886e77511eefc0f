import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ErrorCode, type ErrorResponse, type Page as ApiPage } from '@steadywork/shared';
import { Input } from '@/ui/nutui';
import { request } from '@/services/request';
import { tokenStorage } from '@/services/token-storage';
import { fakeApi, type SentRequest } from '../../../test/fake-api';
import {
  pullDown,
  reachBottom,
  reLaunch,
  resetTaro,
  showModal,
  showToast,
  stopPullDownRefresh,
} from '../../../test/mocks/taro';
import { byFieldName, createKit, mergePage, useFormErrors, usePagedList, useRemote, type TimelineEntry } from './index';

const { Page, Remote, Loading, LoadFailed, Empty, LoadMore, Field, Timeline } = createKit({ ns: 'demo' });

interface Thing {
  id: number;
  name: string;
}

const things = (from: number, to: number): Thing[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: from + i, name: `第${from + i}项` }));

/** A list page as a module writes it with the kit: its fetch, its states, its rows. */
function ThingsPage({ kind = 'all' }: { kind?: string }) {
  const list = usePagedList({
    fetchPage: (query: { kind: string }, page: number) =>
      request<ApiPage<Thing>>('/things', { data: { kind: query.kind, page, pageSize: 3 } }),
  });
  const { status, items } = list;
  return (
    <Page className="demo-things-page" title="事项" intro="按页加载">
      <button data-testid="start" onClick={() => void list.load(kind === 'slow' ? async () => ({ kind }) : { kind })} />
      <button data-testid="filter-new" onClick={() => void list.load({ kind: 'new' })} />
      {status === 'loading' && <Loading />}
      {status === 'failed' && <LoadFailed onRetry={() => void list.reload()} />}
      {status === 'ready' && items.length === 0 && <Empty text="暂无事项" testId="demo-empty" />}
      {items.map((t) => (
        <p key={t.id} data-testid="thing">
          {t.name}
        </p>
      ))}
      {list.hasMore && (
        <LoadMore testId="demo-load-more" loading={list.loadingMore} onClick={() => void list.loadMore()} />
      )}
    </Page>
  );
}

const pageOf = (req: SentRequest) => Number(req.data?.page);
const names = () => screen.queryAllByTestId('thing').map((p) => p.textContent);

describe('the page kit', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  describe('a paged list', () => {
    it('loads the first page, the next on reaching the bottom, and stops at the total', async () => {
      const sent = fakeApi((req) => {
        const page = pageOf(req);
        const items = page === 1 ? things(1, 3) : page === 2 ? things(4, 6) : things(7, 7);
        return { statusCode: 200, data: { items, total: 7, page, pageSize: 3 } };
      });
      render(<ThingsPage />);
      fireEvent.click(screen.getByTestId('start'));

      await waitFor(() => expect(names()).toEqual(['第1项', '第2项', '第3项']));
      expect(screen.getByTestId('demo-load-more').textContent).toBe('加载更多');

      act(() => reachBottom());
      await waitFor(() => expect(names()).toHaveLength(6));
      fireEvent.click(screen.getByTestId('demo-load-more'));
      await waitFor(() => expect(names()).toHaveLength(7));

      expect(screen.queryByTestId('demo-load-more')).toBeNull();
      act(() => reachBottom());
      await act(async () => Promise.resolve());
      expect(sent.map(pageOf)).toEqual([1, 2, 3]);
    });

    it('leaves out what a later page repeats (the list shifted between pages)', () => {
      expect(mergePage(things(1, 3), [...things(3, 4)]).map((t) => t.id)).toEqual([1, 2, 3, 4]);
    });

    it('starts again from the first page on pull-down, and stops the refresh indicator', async () => {
      const sent = fakeApi((req) => ({
        statusCode: 200,
        data: { items: things(pageOf(req) * 3 - 2, pageOf(req) * 3), total: 9, page: pageOf(req), pageSize: 3 },
      }));
      render(<ThingsPage />);
      fireEvent.click(screen.getByTestId('start'));
      await waitFor(() => expect(names()).toHaveLength(3));
      act(() => reachBottom());
      await waitFor(() => expect(names()).toHaveLength(6));

      act(() => pullDown());

      await waitFor(() => expect(stopPullDownRefresh).toHaveBeenCalled());
      expect(names()).toHaveLength(3);
      expect(sent.map(pageOf)).toEqual([1, 2, 1]);
    });

    it('shows only the newest load: a filter tapped while the first page is on its way wins', async () => {
      let answerFirst: (() => void) | undefined;
      fakeApi((req) => {
        const reply = {
          statusCode: 200,
          data: { items: req.data?.kind === 'new' ? things(9, 9) : things(1, 3), total: 3, page: 1, pageSize: 3 },
        };
        if (req.data?.kind === 'all') return new Promise((resolve) => (answerFirst = () => resolve(reply)));
        return reply;
      });
      render(<ThingsPage />);
      fireEvent.click(screen.getByTestId('start'));
      await waitFor(() => expect(answerFirst).toBeDefined());

      fireEvent.click(screen.getByTestId('filter-new'));
      await waitFor(() => expect(names()).toEqual(['第9项']));
      await act(async () => answerFirst?.());

      expect(names()).toEqual(['第9项']);
    });

    it('says when a page could not be loaded, and loads it again on 重新加载', async () => {
      let fail = true;
      fakeApi(() =>
        fail
          ? { statusCode: 500, data: { statusCode: 500, error: ErrorCode.INTERNAL, message: '服务暂时不可用' } }
          : { statusCode: 200, data: { items: [], total: 0, page: 1, pageSize: 3 } },
      );
      render(<ThingsPage kind="slow" />);
      fireEvent.click(screen.getByTestId('start'));

      await waitFor(() => expect(screen.getByTestId('demo-failed')).toBeTruthy());
      expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '服务暂时不可用' }));
      fail = false;
      fireEvent.click(screen.getByTestId('demo-retry'));

      await waitFor(() => expect(screen.getByTestId('demo-empty').textContent).toBe('暂无事项'));
    });

    it('sends a visitor without a session to login', async () => {
      tokenStorage.clear();
      const sent = fakeApi(() => ({ statusCode: 200 }));
      render(<ThingsPage />);
      fireEvent.click(screen.getByTestId('start'));

      await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' }));
      expect(sent).toHaveLength(0);
    });
  });

  describe('fetched content', () => {
    function Detail() {
      const thing = useRemote(() => request<Thing>('/things/7'), { notFound: true });
      return (
        <Page>
          <Remote remote={thing} missing={{ text: '该事项不存在', testId: 'demo-missing' }}>
            {(t) => <p data-testid="thing">{t.name}</p>}
          </Remote>
        </Page>
      );
    }

    it('shows the loading state, then the content', async () => {
      fakeApi(() => ({ statusCode: 200, data: { id: 7, name: '第7项' } }));
      render(<Detail />);

      expect(screen.getByTestId('demo-loading').textContent).toBe('加载中…');
      await waitFor(() => expect(names()).toEqual(['第7项']));
    });

    it('says that a record is not there (404) in the page, not in an error', async () => {
      fakeApi(() => ({
        statusCode: 404,
        data: { statusCode: 404, error: ErrorCode.NOT_FOUND, message: '记录不存在' } satisfies ErrorResponse,
      }));
      render(<Detail />);

      await waitFor(() => expect(screen.getByTestId('demo-missing').textContent).toBe('该事项不存在'));
      expect(showToast).not.toHaveBeenCalled();
    });

    it('shows a timeline newest first as given, the newest marked', () => {
      const entries: TimelineEntry[] = [
        { id: 2, title: '初审通过', time: '2026-11-25 10:30', actor: '王审核', comment: '材料齐全' },
        { id: 1, title: '提交申请', time: '2026-11-24 09:00', actor: '本人' },
      ];
      render(<Timeline entries={entries} />);

      const items = screen.getAllByTestId('demo-timeline-item');
      expect(items.map((i) => i.textContent)).toEqual([
        '初审通过2026-11-25 10:30王审核材料齐全',
        '提交申请2026-11-24 09:00本人',
      ]);
      expect(items[0].className).toContain('kit-timeline-item-latest');
      expect(items[1].className).not.toContain('kit-timeline-item-latest');
    });
  });

  describe('a form with the API’s field errors', () => {
    type F = 'name' | 'phone';

    function Form() {
      const { errors, clear, showFailure } = useFormErrors<F>('demo');
      const submit = async () => {
        try {
          await request('/things', { method: 'POST', data: {} });
        } catch (err) {
          showFailure(err, byFieldName<F>(['name', 'phone'], ['contact']));
        }
      };
      return (
        <>
          <Field id="demo-name" label="名称" required error={errors.name}>
            <Input value="" onChange={() => clear('name')} />
          </Field>
          <Field id="demo-phone" label="电话" error={errors.phone} hint="手机号码">
            <Input value="" onChange={() => clear('phone')} />
          </Field>
          <button data-testid="submit" onClick={() => void submit()} />
        </>
      );
    }

    const errorOf = (id: string) => document.querySelector(`#${id} .demo-field-error`)?.textContent;
    const answer = (statusCode: number, body: ErrorResponse) => fakeApi(() => ({ statusCode, data: body }));

    it('puts each message of a 400 beside its field (the first, when a field has two) and says so', async () => {
      answer(400, {
        statusCode: 400,
        error: ErrorCode.VALIDATION_FAILED,
        message: '提交的内容有误',
        details: [
          { field: 'name', message: '名称不能为空' },
          { field: 'contact.phone', message: '手机号码格式不正确' },
          { field: 'name', message: '名称过长' },
        ],
      });
      render(<Form />);
      fireEvent.click(screen.getByTestId('submit'));

      await waitFor(() => expect(errorOf('demo-name')).toBe('名称不能为空'));
      expect(errorOf('demo-phone')).toBe('手机号码格式不正确');
      expect(document.querySelector('#demo-name')?.className).toContain('demo-field-invalid');
      expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请按提示修改后再提交' }));
    });

    it('shows what no field takes in a dialog', async () => {
      answer(400, {
        statusCode: 400,
        error: ErrorCode.VALIDATION_FAILED,
        message: '提交的内容有误',
        details: [{ field: 'regionCode', message: '地区不在您的服务范围内' }],
      });
      render(<Form />);
      fireEvent.click(screen.getByTestId('submit'));

      await waitFor(() =>
        expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ content: '地区不在您的服务范围内' })),
      );
      expect(errorOf('demo-name')).toBeUndefined();
      expect(screen.getByText('手机号码')).toBeTruthy();
    });

    it('explains a refusal the form cannot fix (409) in a dialog', async () => {
      answer(409, { statusCode: 409, error: ErrorCode.CONFLICT, message: '该事项已登记' });
      render(<Form />);
      fireEvent.click(screen.getByTestId('submit'));

      await waitFor(() => expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ content: '该事项已登记' })));
    });
  });
});
