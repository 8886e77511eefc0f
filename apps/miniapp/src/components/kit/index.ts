// The mini-program's page kit: the shapes the modules' pages repeat (a list with pull-to-refresh
// and paging, a detail with a timeline, a form with per-field errors, the empty/loading/error
// states). A module binds it once to its prefix (`packages/<module>/kit.ts`); its pages then say
// only what differs. Only sub-packages import it, so the weapp build keeps it out of the main package.
export { createKit, type Kit, type NavLink, type TimelineEntry } from './kit';
export { useRemote, type Remote, type RemoteOptions, type RemoteStatus } from './use-remote';
export { mergePage } from './merge-page';
export { usePagedList, type ListStatus, type PageSlice, type PagedList } from './use-paged-list';
export { useAction, type ActionOptions } from './use-action';
export { byFieldName, useFormErrors, type ErrorSplit, type FieldErrors, type FormErrors } from './use-form-errors';
export { kitText } from './text';
export { pickDocument, pickImages, type PickedFile } from './pick-file';
export { attachFiles, uploadFile, type AttachFilesOptions } from './attach-files';
