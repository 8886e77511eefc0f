import type { ProColumns } from '@ant-design/pro-components';
import {
  TRAINING_ADMIN_ROLES,
  TRAINING_COURSE_PHASE_LABELS,
  TRAINING_COURSE_TYPE_LABELS,
  type TrainingCoursePhase,
  type TrainingCourseResponse,
  type TrainingCourseType,
} from '@steadywork/shared';
import { Link } from 'react-router-dom';
import { useHasRole } from '../../../access/auth-context';
import { CellLines, ListPage, regionOf, useRegionFilter, useListEditor } from '../../../components/kit';
import { t } from '../../../locales';
import { text, type TableParams, yesNo } from '../../../services/table';
import { valueEnumOf } from '../../../utils/options';
import { CourseFormModal } from '../components/CourseFormModal';
import { CourseTypeTags, PhaseTag, DOMESTIC_FILTER } from '../labels';
import { exportCourses, listCourses, type CourseFilters } from '../service';

/** The search form's values as the API's filters. */
function filtersOf(params: TableParams): CourseFilters {
  return {
    keyword: text(params.keyword),
    type: (params.type as TrainingCourseType | undefined) || undefined,
    domesticService: yesNo(params.domesticService),
    regionCode: regionOf(params.region),
    phase: (params.phase as TrainingCoursePhase | undefined) || undefined,
    year: Number(params.year) || undefined,
  };
}

/** 培训课程: the courses in the user's scope (a trainer: the courses they teach). */
export default function CourseListPage() {
  const region = useRegionFilter<TrainingCourseResponse>(t('training.region'));
  const canEdit = useHasRole(...TRAINING_ADMIN_ROLES);
  const editor = useListEditor<TrainingCourseResponse>();

  const columns: ProColumns<TrainingCourseResponse>[] = [
    {
      title: t('training.keyword'),
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: t('training.keywordPlaceholder'), allowClear: true },
    },
    {
      title: t('training.type'),
      dataIndex: 'type',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(TRAINING_COURSE_TYPE_LABELS),
    },
    {
      title: t('training.domesticService'),
      dataIndex: 'domesticService',
      hideInTable: true,
      valueType: 'select',
      valueEnum: DOMESTIC_FILTER,
    },
    region,
    {
      title: t('training.phase'),
      dataIndex: 'phase',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(TRAINING_COURSE_PHASE_LABELS),
    },
    {
      // the organiser under the name: one column, so that the table fits 1280 px
      title: t('training.title'),
      dataIndex: 'title',
      search: false,
      width: 240,
      ellipsis: false,
      render: (_, c) => <CellLines main={<Link to={`/training/courses/${c.id}`}>{c.title}</Link>} sub={c.organiser} />,
    },
    {
      title: t('training.type'),
      dataIndex: 'typeLabel',
      search: false,
      width: 120,
      render: (_, c) => <CourseTypeTags course={c} />,
    },
    { title: t('training.region'), dataIndex: 'regionName', search: false, width: 150, ellipsis: true },
    {
      title: t('training.dates'),
      dataIndex: 'startsOn',
      search: false,
      width: 110,
      ellipsis: false,
      render: (_, c) => <CellLines main={c.startsOn} sub={t('training.datesTo', { to: c.endsOn })} />,
    },
    {
      // places taken, and the waiting list under them when there is one
      title: t('training.enrolled'),
      dataIndex: 'enrolled',
      search: false,
      width: 100,
      align: 'right',
      ellipsis: false,
      render: (_, c) => (
        <CellLines
          main={t('training.placesValue', { enrolled: c.enrolled, capacity: c.capacity })}
          sub={c.waitlisted > 0 && t('training.waitlistedValue', { count: c.waitlisted })}
        />
      ),
    },
    {
      title: t('training.trainers'),
      dataIndex: 'trainers',
      search: false,
      width: 130,
      ellipsis: true,
      render: (_, c) => c.trainers.map((trainer) => trainer.name).join('、') || t('common.empty'),
    },
    {
      title: t('training.phase'),
      dataIndex: 'phaseTag',
      search: false,
      width: 90,
      render: (_, c) => <PhaseTag phase={c.phase} />,
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, c) => [
        <Link key="view" to={`/training/courses/${c.id}`}>
          {t('training.view')}
        </Link>,
        ...(canEdit && !c.completedAt
          ? [
              <a key="edit" onClick={() => editor.edit(c)}>
                {t('training.edit')}
              </a>,
            ]
          : []),
      ],
    },
  ];

  return (
    <>
      <ListPage<TrainingCourseResponse, CourseFilters>
        headerTitle={t('training.coursesTitle')}
        actionRef={editor.actionRef}
        columns={columns}
        filters={filtersOf}
        load={listCourses}
        exportFile={{ fileName: t('training.courseExportFileName'), load: exportCourses }}
        actions={canEdit ? [editor.createButton(t('training.courseCreate'))] : []}
      />
      {editor.open && <CourseFormModal course={editor.record} onClose={editor.close} onSaved={editor.saved} />}
    </>
  );
}
