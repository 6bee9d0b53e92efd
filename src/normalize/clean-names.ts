/**
 * People credited on a page, from bylines and structured data as publishers write them:
 * "By Matt O'Brien, AP Technology Writer", "Von Britta Schultejans, dpa", "You, Xiaoying",
 * "Spencer S. Hsu, The Washington Post", "作者：茉莉", "이용민 기자". Agencies, desks, sites,
 * organisations, roles and placeholders are not people and are dropped (an agency is returned
 * separately by the credit reader).
 */
import { agencyAliasGroup, agencyByAlias, agencyByContextAlias } from './agencies.js';
import { canonicalCity } from './dateline-cities.js';
import { isJobTitle } from './job-title.js';
import { bylineLabelOnly, latinByline } from './latin-byline.js';
import { trimByline } from './trim-byline.js';
import { POSTED_AT, REPLY } from './zh-poster.js';
import { parseZhSlashByline } from './zh-lead.js';
import { zhEditors } from './zh-staff.js';
import { signOff } from './find-credits.js';
import { hebrewNames, scriptBylineNames } from './script-byline.js';

/** A byline's label before the names (a label alone, "Written by" in its own element, leaves nothing). */
const BY =
  /^(?:von unser(?:em|er) \p{L}+|propos recueillis par|entretien réalisé par|entrevista (?:de|por)|dal(?:la)? nostr[oa] (?:inviat[oa]|corrispondente)|(?:texto|text|texte) (?:y|e|und|et|and) (?:fotos?|photos?)|reportagem|reportaje|phóng viên|pv|ctv|nhóm pv|door onze \p{L}+|by|von|por|par|af|av|di|door|od|yazan|yazar|haber(?=\s*:)|penulis|pewarta(?=\s*:)|pewarta(?=\s*:)|autor(?:in)?(?:\/autor(?:in)?)?|autoren|autorzy|autoři|authors?|auteurs?|autore|autori|text|texte|texto|testo|tekst|reporter|a cura di|opracowanie|opracował|opracowała|muhabir|eine? (?:kommentar|gastkommentar|analyse|gastbeitrag|essay|bericht|reportage|kolumne|glosse|beitrag|artikel) von|written by|words by|story by|posted by|submitted by|publicado por|escrito por|publié par|écrit par|scritto da|skrevet av|skrivet av|geschrieben von|oleh|автор|авторы|автори|текст|كتب|كتبت|بقلم|نویسنده|نوشته|به قلم|تحریر|מאת|लेखक|लेखिका|โดย|ผู้เขียน)\s*[:：]?(?:\s+|$)/iu;
const ROLE =
  /\b(?:writers?|correspondents?|reporters?|editors?|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|autor(?:in)?|staff|contributor|columnist|photographer|fotograf|redaktion|redacción|rédaction|redazione|desk|team|bureau|newsroom|wires|agency|agencies|agentur|agenturen|agencia|agencias|online|news|nachrichten|zeitung|magazin|media|medien|mediengruppe|gmbh|group|verlag|tv|radio|press|presse|times|post|daily|journal|herald|tribune|gazette|network|channel|service|official|admin|administrator|webmaster|bianji|editorial|newspapers|publications|publishing|communications|broadcasting|inc|llc|ltd|plc|corp)\b/iu;
/**
 * "The newsroom" in languages whose word ROLE's ASCII word edges cannot find, or that it lacks:
 * a structured author naming the desk ("Redação", "ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ", "Redakcja") is no person.
 */
const NEWSROOM =
  /(?<!\p{L})(?:redação|redacao|redakcja|redakce|redakcia|redaksi|redactie|redaktionen|toimitus|szerkesztőség|редакция|редакція|редакцията|σύνταξη|συντακτική|συντακτικη|編集部|편집부|编辑部|ڈیسک|ویب ڈیسک|نیوز ڈیسک|مانیٹرنگ ڈیسک|डेस्क|टीम|ब्यूरो|संवाददाता|एजेंसी|न्यूज़|ডেস্ক|প্রতিবেদক|মাল্টিমিডিয়া|מערכת|כתבנו|خبرگزاری|گروه|سرویس|مراسلنا|محرر|mwandishi wetu|waandishi wetu|haber merkezi|nhóm phóng viên|nhóm pv|nosso correspondente|nuestro corresponsal|notre correspondant)(?!\p{L})/iu;
/** "em São Paulo", "desde Madrid", "aus Berlin", "de Campinas", "a Kiev": a place where the byline's name would be. */
const PLACE_ONLY = /^(?:em|desde|depuis|aus|dal|da|de|do|dos|das|en|à|a|in|from)\s+\p{Lu}/u;
/** "Entrevista a Pedro Sánchez", "Interview with Jane Roe": the person interviewed, not the writer. */
const INTERVIEWEE = /^(?:Entrevista|Entretien|Intervista|Interview|Entrevue)\s+(?:a|à|avec|con|with|mit)\s/iu;
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;
/**
 * Job words and placeholders in CJK bylines: 编辑 ("editor"), 记者, 通讯员, 本报, 网友; outlets (新京报,
 * a paper's name in Sina's article:author) and offices (对外贸易处, 宣传部, 办公室, 委员会: a department
 * signing a government page is no person). Not 司: Japanese given names end in it (健司).
 */
const CJK_NOT_NAME =
  /^(?:佚名|匿名|不详|不詳|未知|无名氏|無名氏|管理员|管理員|小编|小編|本站|原创|原創)$|编辑|編輯|记者|記者|通讯员|本报|本報|网友|網友|报道|報導|报导|報道|新闻|新聞|日报|日報|网|網|社|台|部|中心|频道|博客|(?:报|報|刊)$|[\u4e00-\u9fff]{2}(?:处|處|办|辦|局|厅|廳|室|公司|院|所|组|組|站|队|隊|委员会|委員會|协会|協會|学会|學會)$/u;

/** The original's Latin-script name in brackets after a translated Chinese one: "周思博 (Joel Spolsky)". */
const ORIGINAL_NAME = /\s*[(（]\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}[)）]$/u;
/** A writer's nationality before a translated name: "[美] 托马斯·弗里德曼", "（英）约翰·史密斯". */
const NATIONALITY = /^[[［【（(〔][\u4e00-\u9fff]{1,2}[\]］】）)〕]\s*(?=[\u4e00-\u9fff])/u;
/** Japanese and Chinese job titles before a name: "編集委員 鈴木健二" (an ideographic space between), "特约撰稿人 高峰". */
const CJK_JOB_BEFORE =
  /^(?:編集委員|論説委員|解説委員|専門記者|客員論説委員|特派員|記者|特约撰稿人|特約撰稿人|撰稿人|评论员|評論員)[\s\u3000]+(?=[\u3040-\u30ff\u4e00-\u9fff])/u;

/** Lower-case particles inside a name ("de la Fuente", "van den Berg", "da Graça"). */
const NAME_PARTICLE = /^(?:de|del|la|las|los|da|das|do|dos|di|du|van|von|der|den|ter|zu|y|e)$/u;

/** A source's or a picture's label opening the value: what follows is no writer. */
const SOURCE_LABEL =
  /^(?:Source|Sources|Quelle|Fuente|Fuentes|Fonte|Fontes|Źródło|Источник|Kaynak|Nguồn|Sumber|Bron|Kilde|Källa|Foto|Fotos|Photo|Bild|Crédito|Créditos)\s*[:：]/iu;

/** "MATT O'BRIEN" -> "Matt O'Brien"; mixed case is kept. */
function fixCase(name: string): string {
  if (name !== name.toUpperCase() || !/[A-Z]/.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
}

/** True when `s` reads as a person's name rather than an outlet, desk or role. */
export function isPersonName(s: string, siteNames: readonly string[] = [], host = ''): boolean {
  const n = s.trim();
  if (n.length < 2 || n.length > 60 || /[@#/\\|<>{}=_]|https?:|\.(?:com|de|at|ch|org|net|uk|md|in|es|fr|it)\b|\d/iu.test(n)) return false;
  if (agencyByAlias(n) || agencyByContextAlias(n)) return false;
  if (PLACE_ONLY.test(n) || INTERVIEWEE.test(n)) return false;
  // "AFP-JIJI", "Reuters-Kyodo": agencies joined by a hyphen.
  if (/[-–]/u.test(n) && n.split(/\s*[-–]\s*/u).every((p) => agencyByAlias(p))) return false;
  // "HS–STT", "E24-NTB": the outlet's short name and the agency's.
  const pair = /^[\p{L}\p{N}]{1,12}\s*[-–]\s*([\p{L}\p{N}]{2,12})$/u.exec(n);
  if (pair && agencyByAlias(pair[1]!)) return false;
  // "Do Estadão Conteúdo", "From Reuters", "Source: Xinhua": a credit, not a name.
  if (/^(?:Do|Da|From|Source(?:\(s\))?:?|Quelle:?|Fuente:?|Fonte:?)\s/u.test(n)) {
    const rest = n.replace(/^\S+\s+/u, '');
    if (agencyByAlias(rest) || agencyByContextAlias(rest)) return false;
  }
  // "Fuente: El Universal", "Fonte: Ministério da Saúde": a source line, whatever it names.
  if (SOURCE_LABEL.test(n)) return false;
  // "QNA Doha", "ANI New Delhi", "AA Istanbul": the agency and its desk's city.
  const first = /^(\S+)\s+(.+)$/u.exec(n);
  if (first && (agencyByAlias(first[1]!) || agencyByContextAlias(first[1]!)) && canonicalCity(first[2]!)) return false;
  const low = n.toLowerCase().replace(/\s+/g, '');
  const label = host.replace(/^www\d?\./, '').split('.')[0] ?? '';
  if (label.length >= 3 && low.includes(label)) return false;
  if (
    siteNames.some((x) => {
      const q = x.toLowerCase().replace(/\s+/g, '');
      return q.length >= 3 && (low.includes(q) || q.includes(low));
    })
  )
    return false;
  if (CJK.test(n)) {
    // "周思博 (Joel Spolsky)": a translated writer's name with the original's.
    const han = n.replace(ORIGINAL_NAME, '');
    return !CJK_NOT_NAME.test(han) && han.replace(/[\s·・]/gu, '').length <= 12;
  }
  if (ROLE.test(n) || NEWSROOM.test(n) || isJobTitle(n)) return false;
  const words = n.split(/\s+/);
  // "Le Figaro", "La Stampa", "Die Zeit", "The Hindu": an article and one word is a paper's name.
  if (words.length === 2 && /^(?:The|Le|La|Les|L[’']|El|Il|Lo|Der|Die|Das|De|Het|O|Os|As|Los|Las)$/u.test(words[0]!)) return false;
  // Arabic, Hebrew, the Indic scripts and Thai have no capitals: a name there is two to four words of the script.
  if (/^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}\p{M}\u200c\s]+$/u.test(n))
    return words.length >= 2 && words.length <= 4;
  // Desk codes and initials ("TNN", "dpa", "apr") are not names; a name has a capitalised word.
  if (words.length === 1 && (n === n.toUpperCase() || n === n.toLowerCase() || n.length <= 3)) return false;
  // "José Ángel Núñez de la Fuente": the lower-case particles are no words of their own.
  return words.filter((w) => !NAME_PARTICLE.test(w)).length <= 5 && words.some((w) => /^\p{Lu}/u.test(w));
}

/**
 * Whether the closing words of a byline with no separator are not part of the name: an agency
 * ("Associated Press"), an outlet opened by "The" or named with an outlet word of two words or
 * more ("Yorkshire Post"; a lone "Post" may be a surname), or a job ("Transportation Reporter").
 */
function notNameTail(words: readonly string[]): boolean {
  const tail = words.join(' ');
  if (agencyByAlias(tail)) return true;
  if (words.length >= 2 && (words[0] === 'The' || OUTLET_WORD.test(tail))) return true;
  return ROLE.test(tail) || isJobTitle(tail);
}

/** The legal form or trade closing a company's name. */
const COMPANY_END =
  /\s(?:LLC|Inc|Ltd|Limited|GmbH|AG|Corp|Corporation|PLC|plc|SA|S\.A|SpA|Media|Group|Holdings?|Publishing|Communications)\.?$/u;

/** A closing "in Brussels", "from New York", "aus Berlin", "à Paris" after a writer's name (not "da": "da Silva"). */
const FILED_FROM = /\s+(?:in|from|reporting from|aus|à|en|em)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/**
 * A name without what follows it with no separator: "JOSH BOAK Associated Press", "Jane Roe The
 * Northern Star", "Tom Hargreaves Yorkshire Post", "Grace Liu Transportation Reporter" give the
 * name. A company's name ends in its legal form or trade ("Sunbeam Digital Media LLC"): it stays
 * whole, and no person. An agency's full name ("Australian Associated Press") is no name with an
 * outlet after it, nor is "AP Technology Writer", a job title whose first word is the agency.
 */
function withoutNameTail(v: string): string {
  // Particles inside the name count as its words ("Xavier Mas de Xaxàs EFE").
  if (
    !/^\p{Lu}[\p{L}.'’-]+(?: (?:\p{Lu}[\p{L}.'’-]+|de|del|la|da|do|dos|van|von|der|den|di|du)){2,6}$/u.test(v) ||
    COMPANY_END.test(v) ||
    agencyByAlias(v)
  )
    return v;
  const words = v.split(' ');
  // An agency's whole name closing the value is cut first ("Juan de la Cruz Pérez Associated Press").
  for (let k = 2; k <= words.length - 1; k++)
    if (agencyByAlias(words.slice(k).join(' ')) && !NAME_PARTICLE.test(words[k - 1]!)) return words.slice(0, k).join(' ');
  for (let k = 2; k <= Math.min(5, words.length - 1); k++)
    if (
      notNameTail(words.slice(k)) &&
      !notNameTail(words.slice(0, k)) &&
      !agencyByAlias(words[0]!) &&
      // The cut falls between name words, not at a particle ("Juan de | la Cruz").
      !NAME_PARTICLE.test(words[k - 1]!) &&
      !NAME_PARTICLE.test(words[k]!) &&
      // "GARY D." ends in a middle initial: the surname follows ("GARY D. ROBERTSON Associated Press").
      !/^\p{Lu}\.$/u.test(words[k - 1]!)
    )
      return words.slice(0, k).join(' ');
  return v;
}

/** An editor's label opening a byline value: "Edited By: …", "Published By: …" (with its colon; "Published by Jane" on a blog is the writer). */
const EDITOR_LABEL = /^(?:Edited\s+by|Published\s+by\s*[:：])/iu;
/** One word, then an agency in brackets: a dateline's place in a byline box, `Wellington (AFP)`. */
const PLACE_CREDIT = new RegExp(`^\\p{Lu}[\\p{L}'’.-]+\\s*\\((?:${agencyAliasGroup()})\\)$`, 'u');

/** One byline or author value -> the people it names, cleaned. */
export function splitNames(value: string): string[] {
  // "Edited By: Jane Roe", India Today's "Published By: Jane Roe": the web editor, not a writer (editorNames reads them).
  if (EDITOR_LABEL.test(value.trimStart())) return [];
  let v = value.replace(/\s+/g, ' ').trim().replace(BY, '').replace(BY, '');
  if (INTERVIEWEE.test(v)) return [];
  // "Wellington (AFP)", "ISTANBUL": a lone place word, with the agency's bracket or in capitals, is a dateline.
  if (PLACE_CREDIT.test(v) || (/^\p{Lu}{3,}$/u.test(v) && canonicalCity(v))) return [];
  // "You, Xiaoying" (family, given) is one name; "Travis Loller, Kimberlee Kruesi" is two; "Kyodo, AFP-JIJI" two agencies.
  const inverted = /^([\p{Lu}][\p{L}'’-]+), ([\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+)?)$/u.exec(v);
  if (inverted && !agencyByAlias(inverted[1]!) && !inverted[2]!.split(/[-–]/u).some((p) => agencyByAlias(p)))
    return [`${inverted[2]} ${inverted[1]}`];
  // What follows a bar or a dot is no name; but a dot between Han characters joins a transliterated name (`阿卜杜勒·艾尼`).
  v = v.replace(/\s*(?:[|•]|(?<![\u4e00-\u9fff])·|·(?![\u4e00-\u9fff]))\s*.*$/u, '');
  // The posted/updated time, a reading time, a mail address or a photo credit after the names.
  v = trimByline(v);
  // "Alice Chen - Reuters", "Jane Roe — The Outlet": a spaced dash between a name and what it is
  // credited with separates them as a comma does (a double name keeps its unspaced hyphen).
  // A known place after the last dash is where the writers filed from ("Por A e B — São Paulo").
  v = v.replace(/\s+[-–—]\s+([^,\-–—]{3,30})$/u, (m, place: string) => (canonicalCity(place.trim()) ? '' : m));
  v = v.replace(/\s+[-–—]\s+/gu, ', ');
  // "Kari Nordmann (NTB)", "Jean Dupont (avec AFP)": the bracket after the name credits a desk or an agency.
  // A bracketed address ("Deutsche Welle (www.dw.com)") stays: it shows the value is an outlet.
  // So does the place and role a bracket gives ("Jean Dupont (Bruxelles, correspondant)").
  // A translated Chinese name keeps its original's ("周思博 (Joel Spolsky)": the writer's own name).
  const original = CJK.test(v) ? ORIGINAL_NAME.exec(v) : null;
  if (!(
    original &&
    /^[\u4e00-\u9fff·・]{2,12}$/u.test(
      v
        .slice(0, original.index)
        .replace(/^.*[:：/／丨|]/u, '')
        .trim(),
    ) &&
    !agencyByAlias(original[0].trim().slice(1, -1))
  ))
    v = v.replace(/\s*[(（][\p{L}\s,'’-]{1,40}[)）]\s*$/u, '');
  // "Ana Gómez Enviada especial": a job after the name with no separator, in lower case but its first word.
  const job = /^(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}) (\p{Lu}\p{Ll}+(?: \p{Ll}+){1,3})$/u.exec(v);
  if (job && isJobTitle(job[2]!)) v = job[1]!;
  // "JOSH BOAK Associated Press": a name, then its agency, outlet or job with no separator.
  v = withoutNameTail(v);
  // "David Straub, MDR THÜRINGEN": after a name in mixed case, a closing item in capitals is the outlet or desk.
  const outlet = /,\s*\p{Lu}[\p{Lu}\d .&-]*\p{Lu}$/u.exec(v);
  if (outlet && /\p{Ll}/u.test(v.slice(0, outlet.index))) v = v.slice(0, outlet.index);
  const names = v
    // One-letter "and" (pt/it "e", es "y", ca/pl "i") only in lower case between names: "E. Nurdin" and "Y. Chen" are initials.
    .replace(/\s+[eyi]\s+(?=\p{Lu})/gu, ', ')
    .split(
      /\s*(?:,|;|&|\/|、|，|；|\band\b|\bund\b|\bet\b|\bog\b|\boch\b|\bve\b|\bmit\b|\bwith\b|(?<=\s)(?:avec|con|com|med|en|и|і|та|ja|és)(?=\s)|\bva\b|\bdan\b)\s*/iu,
    )
    .map((x) =>
      x
        .replace(BY, '')
        .replace(/\s*(?:记者|記者|기자|特派員|通讯员)$/u, '')
        // The label's colon or slash goes with it ("作者：王五", "記者：田中太郎"); 文 ("text") only
        // with one, since it also opens names (文在寅).
        .replace(/^(?:(?:记者|記者|作者|撰文)\s*[:：/／丨|]?|(?:取材・)?文\s*[:：/／丨|・])\s*/u, '')
        .replace(/^[("'“]+|["'”.:]+$/gu, '')
        // A closing bracket goes unless it closes the original's name ("周思博 (Joel Spolsky)").
        .replace(/(?<!\([^()]*)\)+$/u, '')
        .replace(NATIONALITY, '')
        .replace(CJK_JOB_BEFORE, '')
        // "By Jane Smith in Brussels", "Hans Müller aus Berlin": where the writer filed from.
        .replace(FILED_FROM, '')
        .trim(),
    )
    // "By JANE ROE and TOM HALE Associated Press": the agency after the last of several names.
    .map((x) => fixCase(withoutNameTail(x)))
    .flatMap(hebrewNames)
    .filter((x) => x !== '');
  // "Toni Jiménez, Valencia", "Von Anna Sauerbrey, Brüssel": after a full name, one title-case word
  // is the place the writer filed from (a second writer is named in full).
  if (names.length >= 2 && names[0]!.includes(' ')) return names.filter((n, i) => i === 0 || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(n));
  // "Redacción / Milenio", "Redaktion, Tagesblatt": beside a desk, a lone word is the outlet's name.
  if (names.length >= 2 && names.some((n) => NEWSROOM.test(n) || ROLE.test(n))) return names.filter((n) => /\s/u.test(n) || CJK.test(n));
  return names;
}

/** A newspaper's or broadcaster's name: a word outlets are named with ("The Washington Post", "Daily Mail"). */
const OUTLET_WORD =
  /\b(?:post|times|daily|journal|herald|tribune|gazette|telegraph|guardian|chronicle|mail|globe|observer|courier|express|independent|inquirer|examiner|bulletin|dispatch|monitor|standard|mirror|news|nachrichten|zeitung|press|presse|magazine?|tv|radio)\b/iu;

/** Whether `name` is the site's own name (its og:site_name, or its host's label). */
export function isOwnSite(name: string, siteNames: readonly string[], host: string): boolean {
  const low = name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  const label = host.replace(/^www\d?\./, '').split('.')[0] ?? '';
  if (label.length >= 3 && (low.includes(label) || label.includes(low))) return true;
  return siteNames.some((x) => {
    const q = x
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
    return q.length >= 3 && (low.includes(q) || q.includes(low));
  });
}

/**
 * Other outlets named beside a writer in structured author values: "Spencer S. Hsu, The
 * Washington Post" on another paper's site credits the Post as the story's source. Not the
 * site itself, not an agency (those are credits), not a role ("Staff Writer").
 */
/** What follows a byline on its line: "…, Posted: July 18, 2020", "| Updated 11:02", "… May 15, 2024". */
const AFTER_BYLINE =
  /\s*[,|·]\s*(?:Posted|Updated|Published|Last updated|Aktualisiert|Veröffentlicht)\b.*$|\s*[,|·]\s*(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8} \d{4}).*$/u;

/**
 * Outlets named beside the writer in visible bylines: `by Spencer S. Hsu, The Washington Post ,
 * Posted: July 18, 2020` on another paper's site. Only lines that read as a byline: "By …" or
 * nothing but the name and the outlet.
 */
export function outletsInBylines(lines: readonly string[], siteNames: readonly string[] = [], host = ''): string[] {
  const values = lines
    .filter((l) => l.length <= 140 && (BY.test(l) || /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s*(?:The\s+)?\p{Lu}/u.test(l)))
    .map((l) => l.replace(AFTER_BYLINE, '').trim());
  return outletsInAuthors(values, siteNames, host);
}

export function outletsInAuthors(values: readonly string[], siteNames: readonly string[] = [], host = ''): string[] {
  const out = new Set<string>();
  for (const v of values) {
    const parts = v.split(/\s*[,|]\s*/u).map((x) => x.trim());
    if (parts.length < 2) continue;
    const last = parts.at(-1)!;
    if (!/^(?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4}$/u.test(last) || !OUTLET_WORD.test(last)) continue;
    if (agencyByAlias(last) || isOwnSite(last, siteNames, host)) continue;
    if (!parts.slice(0, -1).some((p) => isPersonName(p.replace(BY, ''), siteNames, host))) continue;
    out.add(last);
  }
  return [...out];
}

/**
 * The outlets a portal names in its own tags for the story it carries (`article:media_name`, an
 * author tag "outlet | portal"): not the site itself, not a reporter (`홍길동 기자`, "Jane Doe | Portal").
 */
export function portalMedia(values: readonly string[], siteNames: readonly string[] = [], host = ''): string[] {
  const out = new Set<string>();
  for (const v of values) {
    const parts = v.split(/\s+[|｜]\s+/u).map((x) => x.trim());
    // "outlet | portal": the second name must be the site's, or the pair is something else ("Name | Desk").
    if (parts.length > 2 || (parts.length === 2 && !isOwnSite(parts[1]!, siteNames, host))) continue;
    const name = parts[0]!;
    if (name === '' || isOwnSite(name, siteNames, host) || /(?:기자|특파원|記者)$/u.test(name)) continue;
    if (!CJK.test(name) && isPersonName(name, siteNames, host)) continue;
    out.add(name);
  }
  return [...out];
}

/** The people among `values` (author fields, byline lines), deduplicated, in order. */
export function cleanNames(values: readonly string[], siteNames: readonly string[] = [], host = ''): string[] {
  const out = new Map<string, string>();
  for (const v of values) {
    for (const n of splitNames(v)) {
      if (!isPersonName(n, siteNames, host)) continue;
      // "José Pérez" and "Jose Perez", "Anna Lee" and "ANNA LEE": one writer, written the first way.
      const key = n
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[’']/g, "'")
        .replace(/\s+/g, ' ');
      if (!out.has(key)) out.set(key, n);
    }
  }
  return [...out.values()];
}

/** Byline names in header lines: "Von Britta Schultejans, dpa", "By Emily Burack", "作者：茉莉", "이용민 기자". */
export function bylineNames(lines: readonly string[]): string[] {
  const found: string[] = [];
  let posts = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // On a board only the thread's starter (楼主, the first post) is the author: "1楼 作者：…" and a
    // "回复日期" head a reply, and so does every post head after the first.
    if (line.length <= 100 && (REPLY.test(line) || (POST_HEAD.test(line) && ++posts > 1))) continue;
    if (line.length > 100) {
      // Long lines only for the reporters' names closing a story's last paragraph.
      if (/[）)]\s*$/u.test(line)) found.push(...zhBylineNames(line.slice(-40)));
      continue;
    }
    // A label alone in its element, the name in the next ("Written by" | "Nathan Cole").
    const next = lines[i + 1];
    const latin = latinByline(bylineLabelOnly(line) && next !== undefined && next.length <= 60 ? `${line} ${next}` : line);
    if (latin) found.push(latin);
    // The Nordic sign-off below the text: `Erik Lindqvist/TT`.
    else if (line.length <= 60 && line.includes('/')) {
      const signed = signOff(line);
      if (signed) found.push(signed.name);
    }
    // Scripts without capitals: "كتب ضحى عرفة", "نویسنده: علی رضایی", "מאת: דנה כהן", "लेखक: राहुल शर्मा".
    found.push(...scriptBylineNames(line));
    found.push(...zhBylineNames(line));
    // "박수윤 이슬기 기자 =", "김동현 특파원 =": the names before the job word (not "기자들과": "with reporters").
    const ko = /(?<![가-힣])((?:[가-힣]{2,4}\s+){0,3}[가-힣]{2,4})\s*(?:기자|특파원)(?![가-힣])/u.exec(line);
    if (ko) found.push(...ko[1]!.split(/\s+/u));
  }
  return found;
}

/** A board post's head: the poster and the time it was posted (`作者： 雨夜听风 提交日期： 2005-5-15 11:02:00`). */
const POST_HEAD =
  /(?:作者|楼主|樓主|发帖人|發帖人)\s*[:：].{0,40}?(?:发表|發表|提交|发帖|發帖|日期|时间|時間).{0,12}\d{4}[-/年.]\d{1,2}|^[\p{L}\d_·.-]{2,20}\s*(?:发表于|發表於)\s*\d{4}/u;

/** Labels that end a Chinese byline's list of names ("作者：宋怡 杨志华 编辑：金金 来源：..."). */
const ZH_LABEL =
  /(?:责任编辑|責任編輯|责编|編輯|编辑|校对|校對|审核|審核|来源|來源|时间|時間|日期|发布|發佈|发表|發表|出处|出處|浏览|瀏覽|阅读|閱讀|点击|點擊|字号|摄影|攝影|图片|圖片|译|譯)/u;
// Han characters but 丨 (U+4E28), which new-media bylines use as a bar (`文丨茉莉`, `撰文丨A 编辑丨B`).
/** A reporter's role word standing alone between names. */
const ZH_ROLE_WORD = /^(?:本报|本報)?(?:特约|特約|实习|實習|见习|見習)?(?:记者|記者|实习生|實習生|通讯员|通訊員|撰稿人)$/u;
// A transliterated name joins its parts with a middle dot and runs longer (`阿卜杜勒·艾尼`, `买买提·吐尔逊`).
const ZH_HAN = '[\\u4e00-\\u4e27\\u4e29-\\u9fff]';
const ZH_DOTTED = `${ZH_HAN}{1,8}(?:[·•・‧]${ZH_HAN}{1,8}){1,3}`;
const ZH_NAMES = `((?:${ZH_DOTTED}|[\\u4e00-\\u4e27\\u4e29-\\u9fff·]{2,6})(?:[\\s、，,]+(?:${ZH_DOTTED}|[\\u4e00-\\u4e27\\u4e29-\\u9fff·]{2,4})){0,5})`;
/** What separates a Chinese byline label from its names: a colon, a slash, a bar. */
const ZH_SEP = '\\s*[:：/／|｜丨]';
/** A label, then the names: built once, not per line (it is the same pattern every call). */
const ZH_LABELLED = new RegExp(
  `(?:(?:作者|作\\s者|撰文|撰稿|采写|採寫|执笔人?|執筆人?|记者|記者|楼主|樓主|发帖人|發帖人|博主|发布者|發佈者|投稿人)${ZH_SEP}(?:\\s*${ZH_HAN}{2,8}?(?:记者|記者))?|[【\\[](?:作者|撰文|撰稿|文)[】\\]]|^作者[\\s\\u3000]+(?![简簡]介|介[绍紹]|[单單]位|信息|邮箱|郵箱|声明|聲明)(?=[\\u4e00-\\u9fff])|(?:^|[\\s\\u3000|（(【\\[])(?:文${ZH_SEP}|(?:报导|報導)\\s*[:：])|(?:^|(?<=[\\d日]\\s+))[（(【\\[]?(?:本报|本報|本刊|[\\u4e00-\\u9fff]{2,8}?(?:报道|報道)?\\s?)?(?:特约|特約|实习|實習|见习|見習)?(?:记者|記者|实习生|實習生|通讯员|通訊員|撰稿人)\\s)\\s*${ZH_NAMES}`,
  'u',
);
/** A Chinese writer's label, then a Latin-script name of two to four words. */
const ZH_LABEL_LATIN = new RegExp(
  `(?:^|[\\s\\u3000|（(【])(?:作者|撰文|撰稿|文)${ZH_SEP}\\s*(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,3})(?![\\p{L}])`,
  'u',
);
/** A nationality in brackets right after a byline label: "作者：[美] 托马斯·弗里德曼", "文/（英）约翰·史密斯". */
const LABEL_NATIONALITY = /([:：/／丨|])\s*[[［【（(〔][\u4e00-\u9fff]{1,2}[\]］】）)〕]\s*(?=[\u4e00-\u9fff])/gu;
/** A reporter's role word glued to the name that ends the line, at its start or after its date. */
const UNSPACED_LAST = /(?:^|(?<=[\d日]\s*))(?:本报|本報|本刊)?(?:记者|記者)([\u4e00-\u9fff]{2,4})$/u;
/** "記者陳大文／台北報導", with the outlet before it ("聯合報 記者張明德／即時報導"). */
const TW_REPORTER =
  /^(?:[\u4e00-\u9fff]{2,6}\s*)?(?:记者|記者)\s*([\u4e00-\u9fff]{2,4}(?:[、\s]+[\u4e00-\u9fff]{2,4}){0,3})\s*[／/∕]\s*[\u4e00-\u9fff]{0,8}?(?:即時報導|即时报道|報導|报导|报道|報道)\s*$/u;
/**
 * Chinese bylines: "作者：茉莉", "作者/吴晓", "文/张三", "（文/刘洋 图/陈晨）", "文：眉间尺", "报导：陈俊良"
 * (Malaysian papers), "执笔人：A B C", "记者 李四 王五",
 * "本报实习生 刘国栋 周炜", "本报记者罗科苏盈发自北京" (unspaced, ended by 发自/报道/摄), never
 * "回答了记者提问" in running text; and the reporters' names in parentheses that close a news
 * story ("……佳节。（常书香 马丹阳）"). Names stop at the next label (编辑、来源、时间).
 */
export function zhBylineNames(text: string): string[] {
  const out: string[] = [];
  // "作者：[美] 托马斯·弗里德曼": the writer's nationality between label and name.
  const line =
    text.includes('[') || text.includes('［') || text.includes('（') || text.includes('(') ? text.replace(LABEL_NATIONALITY, '$1') : text;
  const labelled = ZH_LABELLED.exec(line);
  // A last token followed by a colon is the next label ("作者： 流泉 访问统计：").
  // A name running into Latin letters or a number that is no date (`作者：小王2005`) is a handle, zh-poster.ts's.
  const after = labelled ? line.slice(labelled.index + labelled[0].length) : '';
  const handle = !!labelled && /[\u4e00-\u9fff]$/u.test(labelled[1]!) && /^(?:[A-Za-z_]|\d{1,8}(?![\d\-/.年月:：]))/u.test(after);
  if (labelled && !handle) {
    const names = untilLabel(labelled[1]!, /^\s*[:：]/u.test(after));
    // "作者：周思博 (Joel Spolsky)": one translated name, the original's after it.
    const original = names.length === 1 ? /^\s*([(（]\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}[)）])/u.exec(after) : null;
    out.push(...(original ? [`${names[0]} ${original[1]!.replace('（', '(').replace('）', ')')}`] : names));
  }
  // "本报记者罗科苏盈发自北京", "记者王宁报道": the name runs up to the verb.
  const unspaced =
    /^[（(]?(?:本报|本報|本刊)?(?:特约|特約|实习|實習)?(?:记者|記者)([\u4e00-\u9fff]{2,4}?)(?:发自|發自|报道|報道|摄|攝|采写|採寫)/u.exec(
      line,
    );
  if (!labelled && unspaced) out.push(unspaced[1]!);
  // "2024年05月15日 记者张晓明": a role word glued to a name that closes the header line (after its date).
  const closes = labelled || unspaced || line.length > 40 ? null : UNSPACED_LAST.exec(line);
  if (closes) out.push(closes[1]!);
  // A paper's own dateline with its reporters: "本报北京5月14日电 （记者刘温馨）", "（记者 张三 李四）".
  const dated =
    /(?:日电|日電|日讯|日訊)\s*[（(](?:本报)?(?:记者|記者)\s*([\u4e00-\u9fff]{2,4}(?:[、\s]+[\u4e00-\u9fff]{2,4}){0,4})\s*[）)]/u.exec(
      line,
    );
  if (dated && !labelled) out.push(...dated[1]!.split(/[、\s]+/u));
  // A Taiwanese portal's byline box: "聯合報／ 記者 林良齊 ／台北即時報導"; without the outlet,
  // "記者陳大文／台北報導", "記者A、B／綜合報導" (ETtoday's line; in brackets it is zh-lead.ts's opener).
  const slash = parseZhSlashByline(line);
  if (slash) out.push(...slash.authors);
  const reporter = slash || labelled ? null : TW_REPORTER.exec(line);
  if (reporter) out.push(...reporter[1]!.split(/[、\s]+/u));
  // A Latin-script name after a Chinese label: "作者：Joel Spolsky", "文丨Alice Wang".
  const latinAfter = labelled ? null : ZH_LABEL_LATIN.exec(line);
  if (latinAfter) out.push(latinAfter[1]!);
  // A blog's or board's post line: "茉莉 发表于 2008-05-15 10:02 | 阅读(123)" (a handle there is zhPoster's).
  const postedAt = labelled ? null : POSTED_AT.exec(line);
  if (postedAt && /^[\u4e00-\u9fff·]{2,6}$/u.test(postedAt[1]!)) out.push(postedAt[1]!);
  // Board posts: "本贴由 大卫 于2005年8月12日16:12:21在〖版块〗发表" names the poster.
  const poster = /(?:本贴|本帖|此贴|此帖)由\s*([\p{L}\p{N}_·]{2,16})\s*于/u.exec(line);
  if (poster) out.push(poster[1]!);
  // Names closing the story: "（袁源）", "（常书香 马丹阳 ）"; not "（完）", "（图）", "（上接第2版）".
  const closing = /(?:^|[。！？”」])[（(]\s*((?:[\u4e00-\u9fff]{2,3}\s*){1,5})[）)]\s*$/u.exec(line);
  if (
    closing &&
    !/完|续|續|图|圖|摄|攝|编|編|版|据|據|社|网|網|报|報|电|電|央视|央視|央广|央廣|综合|綜合|整理|稿|译|譯|组|組|新华|新華|中新/u.test(
      closing[1]!,
    )
  )
    out.push(
      ...closing[1]!
        .trim()
        .split(/\s+/u)
        .filter((n) => !ZH_ROLE_WORD.test(n)),
    );
  return out;
}

/** The names before the first label word. */
function untilLabel(names: string, lastIsLabel: boolean): string[] {
  const out: string[] = [];
  const tokens = names.split(/[\s、，,]+/u);
  if (lastIsLabel) tokens.pop();
  for (const n of tokens) {
    const cut = ZH_LABEL.exec(n);
    if (cut) {
      if (cut.index >= 2) out.push(n.slice(0, cut.index));
      break;
    }
    // A second role inside the list names no one: `记者 张三 实习生 李四`, `张三 通讯员 王芳`.
    if (n !== '' && !ZH_ROLE_WORD.test(n)) out.push(n);
  }
  return out;
}

/**
 * A line that is only a Latin-script editor credit: `Edited by Anika Rao`, `Editor : Zhang Jiawei`,
 * `Edição: Maria Silva`, `Editado por Ana Pérez`, `(Edición de Pedro Ruiz)` (EFE's trailer), `Редактор:
 * Анна Иванова`; the names as a list.
 */
const LATIN_EDITOR =
  /^(?:Edited by|Edited By|Editor|Editors|Web editor|Edição(?: de)?|Edicão|Edición(?: de)?|Editado por|Editada por|Редактор|Редакторы|Редактировал[аи]?|Редагував(?:ла)?|Editing by|Édité par|Edité par|Bearbeitet von|Redigert av|Redigerad av|Penyunting|Redaktur|Red\.?(?=\s*:)|Published [Bb]y(?=\s*:))\s*[:：]?\s+(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|\band\b|&|\be\b|\by\b|\bund\b|\bog\b|\boch\b)\s*\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}){0,3})\s*\.?$/u;

const UNCASED_LETTERS = '[\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Thai}\\p{M}\\u200c]';
const UNCASED_EDITOR = new RegExp(
  `^(?:Edited by|Editor|संपादक|संपादन|एडिटेड बाय|ویراستار|ویرایش|עורך|עורכת|עריכה|تحرير)\\s*[:：]\\s*(${UNCASED_LETTERS}{2,}(?:\\s+${UNCASED_LETTERS}{2,}){1,3})\\s*$`,
  'iu',
);

/** An editor label alone on its line ("Editor", "Penyunting:"). */
const EDITOR_LABEL_ONLY = /^(?:Editor|Editors|Web editor|Penyunting|Redaktur)\s*[:：]?$/u;
/** One Latin-script name of two to four words. */
const ONE_NAME = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u;

/** Editors in lines: "责任编辑：张三", "编辑：李四", "(责编：A、B)", "Edited by X"; never proofreaders (校对) or reviewers (审核). */
export function editorNames(lines: readonly string[]): string[] {
  const found: string[] = [];
  const inParts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // The byline and the editor on one line: "By Jane Smith | Edited by: Mark Jones", "Penulis: Budi
    // Santoso | Editor: Sari Dewi" (Indian and Indonesian templates).
    if (line.length <= 160 && /\s[|｜]\s/u.test(line)) {
      for (const part of line.split(/\s+[|｜]\s+/u).slice(1)) inParts.push(...editorNames([part]));
    }
    if (line.length > 120) continue;
    // The label in an element of its own, the name in the next (Kompas's "Editor" box).
    if (EDITOR_LABEL_ONLY.test(line.trim())) {
      const next = lines[i + 1]?.trim() ?? '';
      if (ONE_NAME.test(next) && isPersonName(next)) found.push(next);
      continue;
    }
    // "(Editor: Wang Yuke)": a trailer in brackets.
    const bare = line.trim().replace(/^[(（]\s*(.*?)\s*[)）]$/u, '$1');
    const le = LATIN_EDITOR.exec(bare);
    if (le) {
      // "Edición de Madrid", "Edição de São Paulo": a regional edition; EFE's editor has a full name.
      const edition = /^Edi(?:ción|ção) de /u.test(bare);
      found.push(
        ...le[1]!
          .split(/\s*(?:,|\band\b|&|\be\b|\by\b|\bund\b|\bog\b|\boch\b)\s*/u)
          .filter((n) => n !== '' && isPersonName(n) && !(edition && (!n.includes(' ') || canonicalCity(n)))),
      );
      continue;
    }
    // An editor named in a script without capitals: "Edited By: सुनीता देवी", "ویراستار: مریم احمدی", "עריכה: דנה כהן".
    const ue = UNCASED_EDITOR.exec(bare);
    if (ue && isPersonName(ue[1]!)) {
      found.push(ue[1]!);
      continue;
    }
    // Chinese staff lines: "责任编辑：张三", "编辑：王树君 责任编辑：刘亮", "（编辑：王丽 审核：李强）" (see zh-staff.ts).
    found.push(...(zhEditors(line) ?? []));
  }
  return [...new Set([...found, ...inParts])];
}
