/**
 * Lines a site prints around every story, whatever the story: a pager ("Pages: 1 2 3", "Страницы:
 * 1 2 3 След.", "上一页 1 2 3 下一页"), a no-script notice ("To view this video please enable
 * JavaScript"), a print view's source address ("Quelle: https://…"), a list of the story's tags
 * ("Filed Under: Finance, UK", "Temas: …"), a portal's "more news" sign-off ("Get Current Updates on
 * India News, … and Top Headlines from India and around the world.") and a Chinese portal's
 * QR-code and official-account pitch ("更多粉丝福利扫描二维码关注", "关注公众号：…"). Each is tested
 * on short blocks only; a story's own sentence that names a page, JavaScript, a tag or a WeChat
 * account reads on ("Page 2 of 3 of the appendix lists …", "市民可扫描二维码关注…公众号预约。").
 */

/** The words a pager is made of besides its numbers: labels and the links to the next and previous pages. */
const PAGER_WORDS = [
  'pages?',
  'seiten?',
  'страниц[аы]?',
  'стр\\.',
  'p[aá]ginas?',
  'sayfa',
  'strona',
  'strony',
  'of',
  'von',
  'из',
  'de',
  'sur',
  'di',
  'next',
  'prev(?:ious)?',
  'first',
  'last',
  'older',
  'newer',
  'weiter',
  'zurück',
  'nächste',
  'vorherige',
  'след\\.?',
  'пред\\.?',
  'следующая',
  'предыдущая',
  'начало',
  'конец',
  'siguiente',
  'anterior',
  'suivante?',
  'précédente?',
  'successiva',
  'precedente',
  'volgende',
  'vorige',
  'sonraki',
  'önceki',
  'następna',
  'poprzednia',
  '下一页',
  '上一页',
  '首页',
  '尾页',
  '末页',
  '共',
  '页',
  '第',
  '次へ',
  '前へ',
  '다음',
  '이전',
].join('|');
const PAGER_TOKEN = new RegExp(`(?:${PAGER_WORDS})(?![\\p{L}])`, 'giu');
const PAGER_NUMBER = /\d{1,3}/g;
const HAS_DIGIT = /\d/;
/** What may stand between a pager's words: spaces, separators, arrows, brackets, ellipses. */
const PAGER_REST = /^[\s:：|·•/\\,.…()[\]<>«»‹›→←\-–—_]*$/u;

/**
 * A pager standing alone: page numbers with a pager's words (PAGER_WORDS), and nothing else. Numbers
 * alone ("3 1 2", a table row) are no pager, nor is a slideshow's "1 of 6" (SLIDE_COUNTER_LINE's).
 */
export function isPager(b: string): boolean {
  // Asked of every short block: a digit is looked for before the patterns run.
  if (b.length > 100 || !HAS_DIGIT.test(b)) return false;
  const rest = b.replace(PAGER_TOKEN, ' ');
  return rest !== b && PAGER_REST.test(rest.replace(PAGER_NUMBER, ' '));
}

/** A pager's offer to show the story on one page: "Auf einer Seite lesen", "View as single page". */
const ONE_PAGE =
  /^(?:auf einer seite lesen|artikel auf einer seite(?: lesen| anzeigen)?|alle seiten anzeigen|(?:read|view)(?: (?:this|the) (?:article|story))? (?:on|as) (?:one|a single) page|single[- ]page view|(?:ver|leer) en una (?:sola )?página|lire (?:l'article )?sur une (?:seule )?page)[\s.:!…»>]*$/iu;

/** A notice that the page needs JavaScript or a newer browser, said to the reader. */
const NO_SCRIPT =
  /^(?:(?:please|bitte|veuillez|por favor)[\s,]+)?(?:enable|turn on|activate|aktivieren sie|activez|habilita|habilite|active|ative|attiva|włącz|включите)\s+(?:the\s+)?javascript\b|^(?:to (?:view|watch|play|see) (?:this|the) (?:video|content|page|media)|(?:this|the) (?:site|page|video|content|player) requires|you (?:need|must|have) (?:to )?(?:enable|turn on|activate))[^.]{0,40}\bjavascript\b|^javascript (?:is|must be) (?:disabled|required|turned off|not enabled)(?: (?:in|on|for) your (?:browser|device)| to (?:view|use|see|watch|play|read)\b)|^your browser (?:does not|doesn't|can ?not) (?:support|play)\b|^(?:ihr browser unterstützt|votre navigateur ne (?:supporte|prend)|tu navegador no (?:soporta|admite))\b|^请(?:开启|启用|打开)\s*javascript/iu;

/** A label and a web address, nothing else: the source line a print view or a repost prints under the story. */
const ADDRESS_LINE =
  /^(?:quelle|source|url|link|fonte|fuente|источник|adresse|dirección|endereço|printed from|gedruckt (?:von|aus)|artikel-?url|permalink|本文网址|本文链接|原文链接|原文地址|原文网址)\s*[:：]?\s*https?:\/\/\S+$/iu;

/** A label of the story's tags or topics followed by them: "Filed Under: Finance, UK", "Temas: Construcción Fiscalía". */
const TAG_LINE =
  /^(?:filed under|topics|tags|tagged(?: with)?|keywords|themen|schlagw[oö]rter|schlagworte|stichw[oö]rter|temas|etiquetas|palabras clave|mots-cl[ée]s|sujets|argomenti|parole chiave|trefwoorden|onderwerpen|tagi|tematy|теги|метки|ключевые слова|标签|关键词|關鍵詞|関連キーワード|キーワード|태그|키워드|konular|etiketler|anahtar kelimeler|الكلمات المفتاحية|الوسوم)\s*[:：]\s*[^.!?。！？]{1,120}$/iu;

/**
 * A portal's sign-off pointing the reader at its other news ("Get Current Updates on India News,
 * Elections 2024 … along with Latest News and Top Headlines from India and around the world.",
 * "Catch all the Business News, Market News … on Live Mint."): such an opening and the news or
 * updates named twice or more. "For more news on the strike, see page 4" names them once.
 */
const MORE_NEWS_OPENING =
  /^(?:catch all the|get (?:current|the latest|latest|all the latest|real-?time) (?:updates|news|headlines)\b|track (?:the )?latest news|stay (?:updated|informed|tuned|ahead)\b|for (?:more|the latest|all the latest) (?:news|updates|stories)\b|(?:read|get) more news\b)/i;
const NEWS_WORD = /\b(?:news|updates|headlines)\b/gi;

/**
 * A Chinese portal's pitch for its official account, app or QR code: "扫描二维码关注", "长按识别二维码",
 * "关注公众号：…", or a line that only names the account ("新浪财经公众号"), under 60 characters and not
 * a sentence: a story that says where a service takes bookings (`市民可扫描二维码关注"健康北京"公众号进行预约。`)
 * ends as one.
 */
const ACCOUNT_PITCH =
  /(?:扫描|扫码|扫一扫|长按)(?:下方|上方|识别|左侧|右侧)?(?:二维码)?(?:即可)?(?:关注|下载|订阅)|^(?:欢迎)?关注(?:微信)?公众号|^.{1,16}(?:微信)?公众号$/u;

/** Whether a block is one of the site notices above. */
export function isSiteNotice(b: string): boolean {
  if (b.length < 250 && ADDRESS_LINE.test(b)) return true;
  if (b.length < 160 && (isPager(b) || ONE_PAGE.test(b) || TAG_LINE.test(b))) return true;
  if (b.length < 60 && ACCOUNT_PITCH.test(b) && !/[。！？]$/u.test(b)) return true;
  if (b.length >= 300) return false;
  if (NO_SCRIPT.test(b)) return true;
  return MORE_NEWS_OPENING.test(b) && (b.match(NEWS_WORD)?.length ?? 0) >= 2;
}
