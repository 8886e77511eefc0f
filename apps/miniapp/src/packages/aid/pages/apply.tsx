import { Text } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { AID_STATUS_LABELS, type AidApplicationResponse } from '@steadywork/shared';
import { useRemote } from '@/components/kit';
import { routes, withQuery } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { fillTemplate, isEditable } from '../aid-model';
import { ApplicationForm, type FormProgram } from '../components/application-form';
import { fetchApplication, fetchMyPrograms } from '../api';
import { Empty, Page, Remote } from '../kit';
import { useNavTitle } from '@/i18n/use-nav-title';
import { aidText } from '../locales';
import '../aid.css';

const m = aidText.form;

type Opened =
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
  useNavTitle(aidText.pageTitles.apply);
  const { params } = useRouter();

  const openApplication = async (id: number, listed?: FormProgram): Promise<Opened> => {
    const [application, programs] = await Promise.all([
      fetchApplication(id),
      listed ? Promise.resolve([]) : fetchMyPrograms(),
    ]);
    if (!isEditable(application.status)) {
      // Not editable any more (submitted meanwhile): its page shows where it stands.
      void Taro.redirectTo({ url: withQuery(routes.aidApplication, { id }) });
      return {
        mode: 'missing',
        message: fillTemplate(m.notEditable, { status: AID_STATUS_LABELS[application.status] }),
      };
    }
    const program = listed ?? programs.find((p) => p.id === application.programId);
    return { mode: 'form', program: programOf(application, program), application };
  };

  const open = async (): Promise<Opened> => {
    const id = Number(params.id);
    if (params.id && Number.isInteger(id) && id > 0) return openApplication(id);
    const programId = Number(params.programId);
    const program = (await fetchMyPrograms()).find((p) => p.id === programId);
    if (!program) return { mode: 'missing', message: m.programMissing };
    if (program.myApplicationId != null) return openApplication(program.myApplicationId, program);
    return { mode: 'form', program, application: null };
  };

  // Once: a reload would throw away what the worker typed.
  const opened = useRemote(open, { when: 'load' });

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
    <Page className="aid-apply-page">
      <Remote remote={opened}>
        {(state) =>
          state.mode === 'missing' ? (
            <Empty text={state.message} testId="aid-apply-missing">
              <Button className="aid-back" onClick={() => void Taro.redirectTo({ url: routes.aid })}>
                {aidText.nav.programs}
              </Button>
            </Empty>
          ) : (
            <>
              <ApplicationForm program={state.program} application={state.application} onSubmitted={onSubmitted} />
              {state.program.description && <Text className="aid-footnote">{state.program.description}</Text>}
            </>
          )
        }
      </Remote>
    </Page>
  );
}
