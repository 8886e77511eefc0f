import { useRemote } from '@/components/kit';
import { routes } from '@/services/routes';
import { ProgramCard } from '../components/program-card';
import { fetchMyPrograms } from '../api';
import { NavLinks, Page, Remote } from '../kit';
import { useNavTitle } from '@/i18n/use-nav-title';
import { aidText } from '../locales';
import '../aid.css';

const m = aidText.programs;

/** Read at render time, in the current language. */
const links = () => [
  { key: 'applications', text: aidText.nav.applications, url: routes.aidApplications },
  { key: 'publicity', text: aidText.nav.publicity, url: routes.aidPublicity },
  { key: 'notifications', text: aidText.nav.notifications, url: routes.aidNotifications },
];

/** 困难帮扶: this year's 221 programmes, explained, with the worker's eligibility for each. */
export default function AidProgramsPage() {
  useNavTitle(aidText.pageTitles.index);
  const programs = useRemote(fetchMyPrograms);
  return (
    <Page className="aid-programs-page" title={m.title} intro={m.intro}>
      <NavLinks links={links()} testIdPrefix="aid-nav" />
      <Remote remote={programs} empty={{ text: m.empty, testId: 'aid-programs-empty' }}>
        {(list) => list.map((program) => <ProgramCard key={program.id} program={program} />)}
      </Remote>
    </Page>
  );
}
