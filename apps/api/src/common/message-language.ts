import {
  type ApiMessageCatalogue,
  apiMessagesBo,
  apiMessagesEn,
  type ErrorResponse,
  type Language,
  matchLanguage,
  SHARED_LABELS,
  SHARED_LABELS_BO,
  SHARED_LABELS_EN,
  translateApiMessage,
} from '@steadywork/shared';

/**
 * Error messages in the language the request asks for (`Accept-Language`, docs/api-contract.md,
 * Languages). Services, DTOs and the validation pipe keep writing Chinese; the exception filter
 * translates the answer as it leaves, so codes, fields and the shape stay what they are. Exports,
 * reports and audit texts are not errors and stay Chinese.
 */
const CATALOGUES: Partial<Record<Language, { messages: ApiMessageCatalogue; labels: Record<string, object> }>> = {
  bo: { messages: apiMessagesBo, labels: SHARED_LABELS_BO },
  en: { messages: apiMessagesEn, labels: SHARED_LABELS_EN },
};

const termsByLanguage = new Map<Language, Record<string, string>>();

/** The shared enum labels by their Chinese (「已撤回」 inside 「申请已撤回，不能修改」), in `language`. */
function labelTerms(language: Language, labels: Record<string, object>): Record<string, string> {
  let terms = termsByLanguage.get(language);
  if (terms) return terms;
  terms = {};
  for (const [name, map] of Object.entries(SHARED_LABELS)) {
    const translated = labels[name] as Record<string, string> | undefined;
    for (const [key, chinese] of Object.entries(map as Record<string, string>)) {
      if (translated?.[key] && !(chinese in terms)) terms[chinese] = translated[key];
    }
  }
  termsByLanguage.set(language, terms);
  return terms;
}

/** The language an `Accept-Language` header asks for (Chinese when absent or unknown). */
export function requestLanguage(header: string | string[] | undefined): Language {
  return matchLanguage(Array.isArray(header) ? header.join(',') : header);
}

export function translateMessage(message: string, language: Language): string {
  const catalogue = CATALOGUES[language];
  if (!catalogue) return message;
  return translateApiMessage(message, catalogue.messages, labelTerms(language, catalogue.labels));
}

/** The error answer with its message and field messages in `language`; everything else unchanged. */
export function localizeError(body: ErrorResponse, language: Language): ErrorResponse {
  if (!CATALOGUES[language]) return body;
  return {
    ...body,
    message: translateMessage(body.message, language),
    ...(body.details
      ? { details: body.details.map((d) => ({ ...d, message: translateMessage(d.message, language) })) }
      : {}),
  };
}
