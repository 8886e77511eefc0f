import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useLoad, useRouter } from '@tarojs/taro';
import { AID_STATUS_LABELS, type AidApplicationResponse } from '@steadywork/shared';
import { showError } from '@/services/feedback';
import { goToLogin, routes, withQuery } from '@/services/routes';
import { tokenStorage } from '@/services/token-storage';
import { Button } from '@/ui/nutui';
import { fillTemplate, isEditable } from '../aid-model';
import { ApplicationForm, type FormProgram } from '../components/application-form';
import { Empty, LoadFailed, Loading } from '../components/page-state';
import { fetchApplication, fetchMyPrograms } from '../api';
import { aidText } from '../locales/zh-CN';
import '../aid.css';

const m = aidText.form;

type State =
  | { mode: 'loading' }
  | { mode: 'failed' }
  | { mode: 'missing'; message: string }
  | { mode: 'form'; program: FormProgram; application: AidApplicationResponse | null };

/** The programme an application belongs to, from the worker's list or, when no longer listed, the application. */
function programOf(application: AidApplicationResponse, listed: FormProgram | undefined): FormProgram {
  return (
    listed ?? {
      id: application.programId,
      aidType: application.aidType,
      name: application.programName,
      description: '',
      amountFen: application.amountFen,
      requiredAttachments: [],
    }
  );
}

/**
 * 填写帮扶申请: `?programId=` starts one (or opens the worker's open one in that programme),
 * `?id=` edits a draft or an application returned for amendment.
 */
export default function AidApplyPage() {
  const { params } = useRouter();
  const [state, setState] = useState<State>({ mode: 'loading' });

  const openApplication = async (id: number, listed?: FormProgram) => {
    const [application, programs] = await Promise.all([
      fetchApplication(id),
      listed ? Promise.resolve([]) : fetchMyPrograms(),
    ]);
    if (!isEditable(application.status)) {
      // Not editable any more (submitted meanwhile): its page shows where it stands.
      void Taro.redirectTo({ url: withQuery(routes.aidApplication, { id }) });
      setState({
        mode: 'missing',
        message: fillTemplate(m.notEditable, { status: AID_STATUS_LABELS[application.status] }),
      });
      return;
    }
    const program = listed ?? programs.find((p) => p.id === application.programId);
    setState({ mode: 'form', program: programOf(application, program), application });
  };

  const load = async () => {
    if (!tokenStorage.hasSession()) {
      goToLogin();
      return;
    }
    setState({ mode: 'loading' });
    try {
      const id = Number(params.id);
      if (params.id && Number.isInteger(id) && id > 0) {
        await openApplication(id);
        return;
      }
      const programId = Number(params.programId);
      const program = (await fetchMyPrograms()).find((p) => p.id === programId);
      if (!program) {
        setState({ mode: 'missing', message: m.programMissing });
        return;
      }
      if (program.myApplicationId != null) {
        await openApplication(program.myApplicationId, program);
        return;
      }
      setState({ mode: 'form', program, application: null });
    } catch (err) {
      showError(err);
      setState({ mode: 'failed' });
    }
  };

  useLoad(() => {
    void load();
  });

  const onSubmitted = (submitted: AidApplicationResponse) => {
    // Back to 我的申请 when the form was opened from it (it reloads on show), else open it.
    const pages = Taro.getCurrentPages();
    const previous = pages[pages.length - 2]?.route ?? '';
    if (`/${previous.replace(/^\//, '').split('?')[0]}` === routes.aidApplications) {
      void Taro.navigateBack();
    } else {
      void Taro.redirectTo({ url: withQuery(routes.aidApplications, { id: submitted.id }) });
    }
  };

  return (
    <View className="aid-page aid-apply-page">
      {state.mode === 'loading' && <Loading />}
      {state.mode === 'failed' && <LoadFailed onRetry={() => void load()} />}
      {state.mode === 'missing' && (
        <Empty text={state.message} testId="aid-apply-missing">
          <Button className="aid-back" onClick={() => void Taro.redirectTo({ url: routes.aid })}>
            {aidText.nav.programs}
          </Button>
        </Empty>
      )}
      {state.mode === 'form' && (
        <ApplicationForm program={state.program} application={state.application} onSubmitted={onSubmitted} />
      )}
      {state.mode === 'form' && state.program.description && (
        <Text className="aid-footnote">{state.program.description}</Text>
      )}
    </View>
  );
}
