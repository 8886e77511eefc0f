import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  AttendanceMethod,
  AttendanceStatus,
  ErrorCode,
  EnrolmentStatus,
  TrainingSessionStatus,
} from '@steadywork/shared';
import { attendance, course, enrolment, session } from '../../../../test/training-fixtures';
import { fakeApi, type SentRequest } from '../../../../test/fake-api';
import { getLocation, resetTaro, scanCode, setRouterParams } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import { toGcj02 } from '../location';
import CheckInPage from './checkin';

const TOKEN = '101.59012345.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';

const OPEN_COURSE = course({
  id: 11,
  sessions: [session({ id: 101, status: TrainingSessionStatus.OPEN }), session({ id: 102, seq: 2 })],
});
const OTHER_COURSE = course({
  id: 12,
  title: '电工（初级）培训班',
  sessions: [session({ id: 201, courseId: 12, status: TrainingSessionStatus.OPEN, startsAt: '2026-11-23T00:30:00Z' })],
});

type Reply = { statusCode: number; data?: unknown };

/** The worker's enrolments and courses, and `checkIn` for POST /training/check-ins. */
function serve(
  courses = [OPEN_COURSE],
  checkIn: (req: SentRequest) => Reply = () => ({ statusCode: 201, data: attendance() }),
) {
  return fakeApi((req) => {
    if (req.method === 'POST') return checkIn(req);
    if (req.url.endsWith('/me/training/enrolments')) {
      return {
        statusCode: 200,
        data: [
          ...courses.map((c, i) => enrolment({ id: 500 + i, courseId: c.id, courseTitle: c.title })),
          enrolment({ id: 599, courseId: 99, status: EnrolmentStatus.WAITLISTED, waitlistPosition: 1 }),
        ],
      };
    }
    const found = courses.find((c) => req.url.endsWith(`/training/courses/${c.id}`));
    return found ? { statusCode: 200, data: found } : { statusCode: 404 };
  });
}

const codeInput = () => document.querySelector('#checkin-code input') as HTMLInputElement;
const submit = () => fireEvent.click(document.querySelector('#checkin-submit')!);
const posts = (sent: SentRequest[]) => sent.filter((r) => r.method === 'POST');
const fieldError = (id: string) => document.querySelector(`#${id} .training-field-error`)?.textContent;

describe('CheckInPage (培训签到)', () => {
  const env = process.env.TARO_ENV;

  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });
  afterEach(() => {
    process.env.TARO_ENV = env;
  });

  it('checks in with the short code for the one open session of the worker’s courses', async () => {
    const sent = serve();
    render(<CheckInPage />);
    await waitFor(() => expect(screen.getByTestId('checkin-session-101')).toBeTruthy());
    // the waiting-list course is not asked for, and the session not open is not offered
    expect(sent.some((r) => r.url.endsWith('/training/courses/99'))).toBe(false);
    expect(screen.queryByTestId('checkin-session-102')).toBeNull();
    expect(screen.getByTestId('checkin-session-101').className).toContain('training-choice-active');
    // H5 has no scanning
    expect(document.querySelector('#checkin-scan')).toBeNull();

    fireEvent.change(codeInput(), { target: { value: '042 917' } });
    submit();

    const result = await screen.findByTestId('checkin-result');
    expect(result.getAttribute('data-outcome')).toBe('success');
    expect(result.textContent).toContain('签到成功');
    expect(result.textContent).toContain('家政服务员（母婴护理）培训班');
    expect(posts(sent)).toEqual([
      expect.objectContaining({ url: '/api/v1/training/check-ins', data: { sessionId: 101, shortCode: '042917' } }),
    ]);
    // a fresh form for the next one
    expect(codeInput().value).toBe('');
  });

  it('asks for the code and for the session before sending anything', async () => {
    const sent = serve([OPEN_COURSE, OTHER_COURSE]);
    render(<CheckInPage />);
    await waitFor(() => expect(screen.getByTestId('checkin-session-201')).toBeTruthy());

    submit();
    expect(fieldError('checkin-code')).toBe('请输入签到码，或粘贴二维码内容');

    fireEvent.change(codeInput(), { target: { value: '12345' } });
    submit();
    expect(fieldError('checkin-code')).toBe('签到码应为 6 位数字');

    fireEvent.change(codeInput(), { target: { value: '123456' } });
    submit();
    expect(fieldError('checkin-session')).toBe('请选择课次');
    expect(posts(sent)).toHaveLength(0);

    fireEvent.click(screen.getByTestId('checkin-session-201'));
    submit();
    await screen.findByTestId('checkin-result');
    expect(posts(sent)[0].data).toEqual({ sessionId: 201, shortCode: '123456' });
  });

  it('sends a pasted QR content as the token and shows 迟到', async () => {
    const sent = serve([], () => ({
      statusCode: 201,
      data: attendance({ status: AttendanceStatus.LATE, method: AttendanceMethod.QR }),
    }));
    render(<CheckInPage />);
    await waitFor(() => expect(screen.getByTestId('checkin-no-session')).toBeTruthy());

    fireEvent.change(codeInput(), { target: { value: ` ${TOKEN} ` } });
    submit();

    const result = await screen.findByTestId('checkin-result');
    expect(result.getAttribute('data-outcome')).toBe('late');
    expect(within(result).getByText('签到成功（迟到）')).toBeTruthy();
    expect(posts(sent)[0].data).toEqual({ token: TOKEN });
  });

  it('fills in a token from the link and says so when the worker had checked in already', async () => {
    setRouterParams({ token: encodeURIComponent(TOKEN) });
    serve([OPEN_COURSE], () => ({ statusCode: 200, data: attendance({ repeated: true }) }));
    render(<CheckInPage />);
    await waitFor(() => expect(codeInput().value).toBe(TOKEN));

    submit();

    expect((await screen.findByTestId('checkin-result')).textContent).toContain('您已签到过本次课');
  });

  it('shows the API’s refusal in its own words: an expired code, not enrolled', async () => {
    let answer: Reply = {
      statusCode: 400,
      data: {
        statusCode: 400,
        error: ErrorCode.VALIDATION_FAILED,
        message: '请求参数不正确：签到码不正确或已过期，请输入屏幕上最新的签到码',
        details: [{ field: 'shortCode', message: '签到码不正确或已过期，请输入屏幕上最新的签到码' }],
      },
    };
    serve([OPEN_COURSE], () => answer);
    render(<CheckInPage />);
    await waitFor(() => expect(screen.getByTestId('checkin-session-101')).toBeTruthy());

    fireEvent.change(codeInput(), { target: { value: '000000' } });
    submit();
    let result = await screen.findByTestId('checkin-result');
    expect(result.getAttribute('data-outcome')).toBe('refused');
    expect(screen.getByTestId('checkin-message').textContent).toBe('签到码不正确或已过期，请输入屏幕上最新的签到码');
    // the code stays for a correction
    expect(codeInput().value).toBe('000000');

    answer = {
      statusCode: 409,
      data: { statusCode: 409, error: ErrorCode.CONFLICT, message: '你未报名“电工培训”，不能签到' },
    };
    fireEvent.change(codeInput(), { target: { value: TOKEN } });
    submit();
    await waitFor(() => expect(screen.getByTestId('checkin-message').textContent).toBe('你未报名“电工培训”，不能签到'));
    result = screen.getByTestId('checkin-result');
    expect(result.textContent).toContain('签到未成功');
  });

  it('sends the location (GCJ-02) when the course checks the distance to the venue', async () => {
    getLocation.mockResolvedValue({ latitude: 36.6189, longitude: 101.8012, errMsg: 'getLocation:ok' });
    const sent = serve([course({ ...OPEN_COURSE, checkInRadiusMeters: 300 })], () => ({
      statusCode: 201,
      data: attendance({ distanceMeters: 120 }),
    }));
    render(<CheckInPage />);
    await waitFor(() => expect(screen.getByTestId('checkin-session-101')).toBeTruthy());

    fireEvent.change(codeInput(), { target: { value: '123456' } });
    submit();

    const result = await screen.findByTestId('checkin-result');
    expect(result.textContent).toContain('120 米');
    const p = toGcj02(36.6189, 101.8012);
    expect(posts(sent)[0].data).toEqual({
      sessionId: 101,
      shortCode: '123456',
      lat: Math.round(p.latitude * 1e6) / 1e6,
      lng: Math.round(p.longitude * 1e6) / 1e6,
    });
  });

  it('checks in without a location when the worker refuses it', async () => {
    const sent = serve([course({ ...OPEN_COURSE, checkInRadiusMeters: 300 })]);
    render(<CheckInPage />);
    await waitFor(() => expect(screen.getByTestId('checkin-session-101')).toBeTruthy());

    fireEvent.change(codeInput(), { target: { value: '123456' } });
    submit();

    await screen.findByTestId('checkin-result');
    expect(posts(sent)[0].data).toEqual({ sessionId: 101, shortCode: '123456' });
  });

  it('scans the QR code on WeChat and checks in with its token', async () => {
    process.env.TARO_ENV = 'weapp';
    scanCode.mockResolvedValue({ result: TOKEN, scanType: 'QR_CODE', errMsg: 'scanCode:ok' });
    const sent = serve();
    render(<CheckInPage />);
    await waitFor(() => expect(document.querySelector('#checkin-scan')).toBeTruthy());

    fireEvent.click(document.querySelector('#checkin-scan')!);

    expect((await screen.findByTestId('checkin-result')).getAttribute('data-outcome')).toBe('success');
    expect(scanCode).toHaveBeenCalledWith(expect.objectContaining({ onlyFromCamera: true, scanType: ['qrCode'] }));
    expect(posts(sent)[0].data).toEqual({ token: TOKEN });
  });
});
