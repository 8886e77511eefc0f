import type { Language } from '@steadywork/shared';
import { getLanguage } from './index';

/** The voice asked for each language (a device without a Tibetan voice reads nothing in Tibetan). */
const VOICE_LANG: Record<Language, string> = { 'zh-CN': 'zh-CN', bo: 'bo-CN', en: 'en-US' };

function synthesis(): SpeechSynthesis | null {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return null;
  if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return null;
  return window.speechSynthesis;
}

/**
 * Read-out of a page's key text in elder-friendly mode. H5 reads with the browser's speech synthesis
 * (window.speechSynthesis). WeChat has no built-in text-to-speech: its 同声传译 (WechatSI) plugin
 * reads Chinese and English only and must be declared with the mini-program's AppID, so read-out is
 * off there.
 */
export function canReadAloud(): boolean {
  return synthesis() !== null;
}

/** Reads the text aloud in the current language; false when the platform cannot. `onEnd` when it is done. */
export function readAloud(text: string, language: Language = getLanguage(), onEnd?: () => void): boolean {
  const speech = synthesis();
  if (!speech || !text.trim()) return false;
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = VOICE_LANG[language];
  const voice = speech.getVoices().find((v) => v.lang.toLowerCase().startsWith(VOICE_LANG[language].slice(0, 2)));
  if (voice) utterance.voice = voice;
  utterance.rate = 0.9;
  if (onEnd) {
    utterance.onend = onEnd;
    utterance.onerror = onEnd;
  }
  speech.speak(utterance);
  return true;
}

export function stopReading(): void {
  synthesis()?.cancel();
}
