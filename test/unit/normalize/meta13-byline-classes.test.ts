/**
 * Byline, editor and site-zone classes from a probe of hand-written CMS templates (meta13): a CJK
 * label's colon left on the name, CJK photo credits after the writer, bylines in scripts without
 * capitals (Persian, Hebrew, Hindi, Thai), EFE's and Russian editor trailers, and the zones of
 * Latin American and other country domains. Each with near-misses that must not change.
 */
import { describe, expect, it } from 'vitest';
import { bylineNames, cleanNames, editorNames, isPersonName } from '../../../src/normalize/clean-names.js';
import { scriptBylineName } from '../../../src/normalize/script-byline.js';
import { trimByline } from '../../../src/normalize/trim-byline.js';
import { siteZone } from '../../../src/normalize/site-zone.js';

describe('a CJK label with its colon or slash before the name', () => {
  it.each([
    ['作者：王小明', ['王小明']],
    ['記者：田中太郎', ['田中太郎']],
    ['记者/李华', ['李华']],
    ['文／张伟', ['张伟']],
    ['撰文：陈静', ['陈静']],
  ])('%s', (value, want) => {
    expect(cleanNames([value])).toEqual(want);
  });

  it.each([
    // 文 opens names too: without a separator it is the surname.
    ['文在寅', ['文在寅']],
    ['文天祥', ['文天祥']],
    ['记者张伟', ['张伟']],
  ])('near-miss %s', (value, want) => {
    expect(cleanNames([value])).toEqual(want);
  });
});

describe('a CJK photo credit after the writer', () => {
  it.each([
    ['文/李华 图/张伟', '文/李华'],
    ['记者 王芳 摄影：陈晨', '记者 王芳'],
    ['文・田中太郎 写真・鈴木花子', '文・田中太郎'],
    ['김민수 기자 사진=이지은', '김민수 기자'],
  ])('%s', (value, want) => {
    expect(trimByline(value)).toBe(want);
    expect(cleanNames([value]).length).toBe(1);
  });

  it.each(['记者 李图强', '图书馆 记者 王芳', '作者：张摄'])('near-miss %s keeps its text', (value) => {
    expect(trimByline(value)).toBe(value);
  });
});

describe('bylines in scripts without capitals', () => {
  it.each([
    ['نویسنده: علی رضایی', 'علی رضایی'],
    ['به قلم مریم احمدی', 'مریم احمدی'],
    ['بقلم: محمد علي', 'محمد علي'],
    ['كتب ضحى عرفة', 'ضحى عرفة'],
    ['تحریر: عمران خان نیازی', 'عمران خان نیازی'],
    ['מאת: דנה כהן', 'דנה כהן'],
    ['מאת יוסי לוי | 15.05.2024', 'יוסי לוי'],
    ['लेखक: राहुल शर्मा', 'राहुल शर्मा'],
    ['रिपोर्ट: सुनीता देवी', 'सुनीता देवी'],
    ['লেখক: রাকিব হাসান', 'রাকিব হাসান'],
    ['โดย สมชาย ใจดี', 'สมชาย ใจดี'],
    ['نویسنده: علی رضایی ۲۶ اردیبهشت ۱۴۰۳', 'علی رضایی'],
  ])('%s', (line, name) => {
    expect(scriptBylineName(line)).toBe(name);
    expect(bylineNames([line])).toContain(name);
    expect(isPersonName(name)).toBe(true);
  });

  it.each([
    // A sentence: a comma after the words, more words after four, a noun label without its colon,
    // Thai "by" glued to the next word, one word only.
    'كتب الرئيس في رسالته، أن الحكومة',
    'كتب الرئيس في رسالته إلى البرلمان أمس',
    'گزارش سالانه بانک مرکزی',
    'रिपोर्ट में कहा गया है',
    'โดยนายกรัฐมนตรีกล่าวว่า',
    'מאת: דנה',
  ])('near-miss %s', (line) => {
    expect(scriptBylineName(line)).toBeNull();
  });

  it.each(['वेब डेस्क', 'लाइव हिन्दुस्तान टीम', 'नई दिल्ली ब्यूरो', 'নিজস্ব প্রতিবেদক', 'מערכת וואלה', 'خبرگزاری ایسنا'])(
    'a desk in those scripts is no person: %s',
    (name) => {
      expect(isPersonName(name)).toBe(false);
    },
  );
});

describe('editor trailers', () => {
  it.each([
    ['(Edición de Pedro Ruiz)', ['Pedro Ruiz']],
    ['Edição de Ana Souza e Carlos Lima', ['Ana Souza', 'Carlos Lima']],
    ['Редактор: Анна Иванова', ['Анна Иванова']],
    ['Редактировала Мария Смирнова', ['Мария Смирнова']],
  ])('%s', (line, want) => {
    expect(editorNames([line])).toEqual(want);
  });

  it.each(['Edición de Madrid', 'Edição de São Paulo', 'Edición de Castilla y León', 'Редактор отдела политики'])(
    'near-miss %s names no editor',
    (line) => {
      expect(editorNames([line])).toEqual([]);
    },
  );
});

describe('site zones of more country domains', () => {
  it.each([
    ['www.eltiempo.com.co', 'America/Bogota'],
    ['www.diario.com.ec', 'America/Guayaquil'],
    ['www.prensa.com.gt', 'America/Guatemala'],
    ['www.listin.com.do', 'America/Santo_Domingo'],
    ['www.nacion.co.cr', 'America/Costa_Rica'],
    ['www.timesofoman.om', 'Asia/Muscat'],
    ['www.news.com.ly', 'Africa/Tripoli'],
  ])('%s', (host, zone) => {
    expect(siteZone(host, null)).toBe(zone);
  });

  it.each(['www.news.co', 't.co', 'bit.ly', 'www.example.co'])('near-miss %s: a generic use of the letters', (host) => {
    expect(siteZone(host, null)).toBeNull();
  });
});

describe('second probe: labels and credits on the writer line', () => {
  it.each([
    ['เรื่อง: สมชาย ใจดี ภาพ: สมหญิง รักดี', ['สมชาย ใจดี']],
    ['نویسنده: علی رضایی عکس: مریم احمدی', ['علی رضایی']],
    ['記者陳大文／台北報導', ['陳大文']],
    ['記者林小華、王大明／綜合報導', ['林小華', '王大明']],
    ['מאת דנה כהן ויוסי לוי', ['דנה כהן', 'יוסי לוי']],
  ])('%s', (line, want) => {
    expect(bylineNames([line])).toEqual(want);
  });

  it.each([
    ['取材・文／田中太郎 撮影／鈴木花子', ['田中太郎']],
    ['Por Redacción / Milenio', []],
    ['Redaktion, Tagesblatt', []],
    ['דנה כהן ויוסי לוי', ['דנה כהן', 'יוסי לוי']],
  ])('cleanNames %s', (value, want) => {
    expect(cleanNames([value])).toEqual(want);
  });

  it.each([
    // A name that starts with ו, and a one-word first side: no split.
    ['מאת ורד כהן', ['ורד כהן']],
    ['מאת דנה ויוסי לוי', ['דנה ויוסי לוי']],
    // Not Taiwan's reporter line: a sentence about reporters.
    ['記者會上，陳大文表示／台北報導', []],
  ])('near-miss %s', (line, want) => {
    expect(bylineNames([line])).toEqual(want);
  });

  it.each([
    ['Anna Berg / Jonas Weber', ['Anna Berg', 'Jonas Weber']],
    ['Laura Gómez, Madrid', ['Laura Gómez']],
  ])('near-miss cleanNames %s (no desk beside them)', (value, want) => {
    expect(cleanNames([value])).toEqual(want);
  });
});

describe('second probe: an editor on the byline line, or in an uncased script', () => {
  it.each([
    ['By Jane Smith | Edited by: Mark Jones', ['Mark Jones']],
    ['Penulis: Budi Santoso | Editor: Sari Dewi', ['Sari Dewi']],
    ['Written By: राहुल शर्मा | Edited By: सुनीता देवी', ['सुनीता देवी']],
    ['ویراستار: مریم احمدی', ['مریم احمدی']],
    ['עריכה: דנה כהן', ['דנה כהן']],
  ])('%s', (line, want) => {
    expect(editorNames([line])).toEqual(want);
  });

  it.each(['By Jane Smith | Updated May 15, 2024', 'Home | Editor’s Picks | Sport', 'Editor: वेब डेस्क', 'Penulis: Budi Santoso | Jakarta'])(
    'near-miss %s names no editor',
    (line) => {
      expect(editorNames([line])).toEqual([]);
    },
  );
});

describe('third probe: label forms', () => {
  it.each([
    ['Door onze verslaggevers Pieter de Vries en Sanne Bakker', ['Pieter de Vries', 'Sanne Bakker']],
    ['Von unserem Korrespondenten Anna Berg', ['Anna Berg']],
    ['Par Claire Dubois Le 15 mai 2024 à 11h02', ['Claire Dubois']],
    ['Von Anna Berg Am 15.05.2024, 11:02 Uhr', ['Anna Berg']],
    ['Door Pieter de Vries', ['Pieter de Vries']],
  ])('%s', (value, want) => {
    expect(cleanNames([value])).toEqual(want);
  });

  it('Arabic "كتب -" with a dash', () => {
    expect(scriptBylineName('كتب - أحمد محمود')).toBe('أحمد محمود');
  });

  it.each([
    // "Le" as a surname's particle before a given name stays when no date follows.
    ['Par Claire Le Goff', ['Claire Le Goff']],
    // A Vietnamese surname before an English date.
    ['By Jane Le 15 May 2024', ['Jane Le']],
  ])('near-miss %s', (value, want) => {
    expect(cleanNames([value])).toEqual(want);
  });
});
