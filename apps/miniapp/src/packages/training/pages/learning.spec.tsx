import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { OnlineLearningChannel, type OnlineLearningRecordResponse } from '@steadywork/shared';
import { fakeApi } from '../../../../test/fake-api';
import { resetTaro, showToast } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import { learningItemKey } from '../training-model';
import LearningPage from './learning';

const record = (overrides: Partial<OnlineLearningRecordResponse> = {}): OnlineLearningRecordResponse => ({
  id: 31,
  workerId: 3,
  itemKey: 'edu-1001',
  itemTitle: '劳动法律法规常识',
  durationMinutes: 40,
  studiedOn: '2026-11-20',
  source: '青海工会网上教育平台',
  channel: OnlineLearningChannel.IMPORT,
  createdAt: '2026-11-21T02:00:00Z',
  ...overrides,
});

const input = (id: string) => document.querySelector(`#${id} input`) as HTMLInputElement;
const error = (id: string) => document.querySelector(`#${id} .training-field-error`)?.textContent;

describe('LearningPage (学习记录)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('logs a studied item keyed by its title and lists it with the imported ones', async () => {
    const sent = fakeApi((req) =>
      req.method === 'POST'
        ? {
            statusCode: 201,
            data: record({
              id: 32,
              itemKey: learningItemKey('安全生产基础知识'),
              itemTitle: '安全生产基础知识',
              durationMinutes: 45,
              source: '小程序',
              channel: OnlineLearningChannel.MINIPROGRAM,
            }),
          }
        : { statusCode: 200, data: [record()] },
    );
    render(<LearningPage />);
    await waitFor(() => expect(screen.getByTestId('learning-31')).toBeTruthy());
    expect(screen.getByTestId('learning-31').textContent).toContain('平台导入');

    fireEvent.change(input('learning-itemTitle'), { target: { value: ' 安全生产基础知识 ' } });
    fireEvent.change(input('learning-durationMinutes'), { target: { value: '45' } });
    fireEvent.change(document.querySelector('input[data-mode="date"]')!, { target: { value: '2020-05-06' } });
    fireEvent.click(document.querySelector('#learning-submit')!);

    await waitFor(() => expect(screen.getByTestId('learning-32')).toBeTruthy());
    expect(sent.find((r) => r.method === 'POST')).toMatchObject({
      url: '/api/v1/me/training/online-learning',
      data: {
        itemKey: learningItemKey('安全生产基础知识'),
        itemTitle: '安全生产基础知识',
        durationMinutes: 45,
        studiedOn: '2020-05-06',
      },
    });
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已登记' }));
    expect(input('learning-itemTitle').value).toBe('');
  });

  it('names what to fix and sends nothing', async () => {
    const sent = fakeApi(() => ({ statusCode: 200, data: [] }));
    render(<LearningPage />);
    await waitFor(() => expect(screen.getByTestId('learning-empty')).toBeTruthy());

    fireEvent.change(input('learning-durationMinutes'), { target: { value: '2000' } });
    fireEvent.click(document.querySelector('#learning-submit')!);

    expect(error('learning-itemTitle')).toBe('请输入学习内容');
    expect(error('learning-durationMinutes')).toBe('学习时长应为 1-1440 分钟的整数');
    expect(sent.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('says so when the item was logged before (counted once)', async () => {
    fakeApi((req) =>
      req.method === 'POST' ? { statusCode: 200, data: record() } : { statusCode: 200, data: [record()] },
    );
    render(<LearningPage />);
    await waitFor(() => expect(screen.getByTestId('learning-31')).toBeTruthy());

    fireEvent.change(input('learning-itemTitle'), { target: { value: '劳动法律法规常识' } });
    fireEvent.change(input('learning-durationMinutes'), { target: { value: '40' } });
    fireEvent.click(document.querySelector('#learning-submit')!);

    await waitFor(() =>
      expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '该内容已登记过，不重复计数' })),
    );
    expect(document.querySelectorAll('[data-testid="learning-31"]')).toHaveLength(1);
  });
});
