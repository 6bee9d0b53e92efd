/**
 * Byline classes found by the meta16 probe (bylines beyond English and German, written from how
 * outlets in each language print them): Chinese reporter lists after the header's date, a role word
 * glued to the name that closes the line, an outlet before 记者 after a label, Taiwanese report
 * words and openers in 【】, Japanese `文・`, Latin names with particles, a place after the last
 * dash, Hindustan Times' producer after an agency byline, VOA's Reuters trailer and Tencent's
 * author element naming the media account. Lines written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { bylineNames, cleanNames } from '../../../src/normalize/clean-names.js';
import { findCredits } from '../../../src/normalize/find-credits.js';
import { parseZhLead } from '../../../src/normalize/zh-lead.js';
import { sourceElementNames } from '../../../src/extract/source-element.js';
import { trimByline } from '../../../src/normalize/trim-byline.js';

const header = (line: string): string[] => cleanNames(bylineNames([line]));

describe('Chinese reporter lists in a header line', () => {
  it.each([
    // After the header's date and time.
    ['2024-05-15 10:20 本报记者 张晓明 李红', ['张晓明', '李红']],
    ['2024年05月15日 记者 陈刚', ['陈刚']],
    // The role word glued to the one name closing the line.
    ['2024年05月15日 记者张晓明', ['张晓明']],
    ['记者张晓明', ['张晓明']],
    // A label, then the outlet's reporter.
    ['采写：南方日报记者 黄蕾 林晓', ['黄蕾', '林晓']],
    ['作者：本报记者 许雯', ['许雯']],
    // Taiwan's report words are no names; the outlet before 記者.
    ['記者 黃宏文 綜合報導', ['黃宏文']],
    ['記者 蔡文豪 採訪報導', ['蔡文豪']],
    ['聯合報 記者張明德／即時報導', ['張明德']],
    // Near misses: prose with 记者 and a date line with no reporter.
    ['记者从市教育局获悉', []],
    ['2024年05月15日 来源：人民网', []],
    ['他在会后接受了记者采访', []],
    ['2024年05月15日 他告诉记者王先生', []],
  ])('%s', (line, want) => {
    expect(header(line)).toEqual(want);
  });

  it("reads Taiwan's reporter opener in 【】 as the reporter, not a dateline", () => {
    expect(parseZhLead('【記者陳美玲／台中報導】行政院今天召開記者會，說明明年度總預算。')?.authors).toEqual(['陳美玲']);
  });
});

describe('Latin-script and Japanese names', () => {
  it.each([
    ['José Ángel Núñez de la Fuente', ['José Ángel Núñez de la Fuente']],
    ['Maria da Graça Gonçalves', ['Maria da Graça Gonçalves']],
    ['文・山田太郎', ['山田太郎']],
    ['Por Thiago Araújo e Beatriz Magalhães — São Paulo', ['Thiago Araújo', 'Beatriz Magalhães']],
    // Near misses: six name words are a sentence or a title, a second writer after a dash stays.
    ['Ministerio De Sanidad Consumo Y Bienestar Social Madrid', []],
    ['Por Ana Gómez — Luis Ruiz', ['Ana Gómez', 'Luis Ruiz']],
  ])('%s', (value, want) => {
    expect(cleanNames([value])).toEqual(want);
  });
});

describe("a web producer's Posted by after an agency byline", () => {
  it.each([
    ['PTI | | Posted by Shivya Kanojia', []],
    ['Reuters | Posted by Meera Patel', []],
    // Near misses: a blog's own poster, a writer's byline before the bar, a section before the bar.
    ['Posted by Ellen Brooks on May 15, 2024', ['Ellen Brooks']],
    ['By Riya Sen | Posted by Amit Roy', ['Riya Sen']],
    ['Health | Posted by Jane Roe', ['Jane Roe']],
  ])('%s', (line, want) => {
    expect(header(line)).toEqual(want);
  });
});

describe('Chinese closing credits naming a report', () => {
  it.each([
    ['（本文依据了路透社的报道）', ['Reuters']],
    ['美国财政部周三宣布了新的措施。（本文依据了美联社和法新社的报道）', ['AP', 'AFP']],
    ['（本文根據路透社報導）', ['Reuters']],
    // Near miss: a report quoted in the text, and a bracket naming no agency.
    ['路透社的报道指出，谈判仍在继续。', []],
    ['（本文依据了本台记者的采访）', []],
  ])('%s', (line, want) => {
    expect(findCredits([line]).agencies).toEqual(want);
  });
});

describe("Tencent's author element naming the media account", () => {
  const names = (html: string): string[] => {
    const $ = load(html);
    return sourceElementNames($('div').toArray() as Element[]);
  };
  it('is the source when it holds an outlet', () => {
    expect(names('<div class="author"><a href="https://new.qq.com/omn/author/5107513">新京报</a></div>')).toEqual(['新京报']);
    expect(names('<div class="author"><a href="/omn/author/8012345">九派新闻</a></div>')).toEqual(['九派新闻']);
  });
  it("near miss: a person's name or a pen name there is no source", () => {
    expect(names('<div class="author"><a href="/omn/author/1">张晓明</a></div>')).toEqual([]);
    expect(names('<div class="author">茉莉</div>')).toEqual([]);
  });
});

describe('job words, labels and name forms (second batch)', () => {
  it.each([
    // Vietnamese: the reporter's job before or after the name, a team of reporters.
    ['Nguyễn Văn An - Phóng viên', ['Nguyễn Văn An']],
    ['PV Lê Minh Tuấn', ['Lê Minh Tuấn']],
    ['Phóng viên Hoàng Thị Lan', ['Hoàng Thị Lan']],
    ['Nhóm phóng viên', []],
    // A source's label opens no name.
    ['Fuente: El Universal', []],
    ['Fonte: Ministério da Saúde', []],
    // Labels: a report, text and photos, in capitals.
    ['Reportagem: Carla Dias', ['Carla Dias']],
    ['Texto y fotos: Ana Gil', ['Ana Gil']],
    ['POR: CARLOS RUIZ', ['Carlos Ruiz']],
    // The writer's job between the label and the name, or after the name.
    ['Por la corresponsal Ana Gómez', ['Ana Gómez']],
    ['Por Jornalista Rita Marques', ['Rita Marques']],
    ['Par notre envoyée spéciale Claire Martin', ['Claire Martin']],
    ['Ana Gómez Enviada especial', ['Ana Gómez']],
    // Chinese and Japanese: a nationality, the original's name, a translator, a job before the name.
    ['作者：[美] 托马斯·弗里德曼', ['托马斯·弗里德曼']],
    ['文/[英]约翰·史密斯　译/李华', ['约翰·史密斯']],
    ['作者：周思博 (Joel Spolsky) 译者：阮一峰', ['周思博 (Joel Spolsky)']],
    ['特约撰稿人 高峰', ['高峰']],
    ['編集委員　鈴木健二', ['鈴木健二']],
    // Near misses: an agency in brackets after a name goes; a Latin name alone in brackets is none.
    ['Kari Nordmann (NTB)', ['Kari Nordmann']],
    ['张三 (Reuters)', ['张三']],
    ['Por Fuentes Ana Gómez', ['Fuentes Ana Gómez']],
    ['Por Ana Gómez y Fotos Luis', ['Ana Gómez', 'Fotos Luis']],
  ])('%s', (value, want) => {
    // As a header line and as a byline element's whole text (what the page reader hands over).
    expect(cleanNames([...bylineNames([value]), trimByline(value)])).toEqual(want);
  });
});

describe('names with two particles, and an agency glued after them', () => {
  it.each([
    ['Por Juan de la Cruz Pérez', ['Juan de la Cruz Pérez']],
    ['Por María de los Ángeles Ruiz y Pedro de la Torre', ['María de los Ángeles Ruiz', 'Pedro de la Torre']],
    ['Door Pieter van der Berg en Anna de Vries', ['Pieter van der Berg', 'Anna de Vries']],
    ['Por Juan de la Cruz Pérez Associated Press', ['Juan de la Cruz Pérez']],
    ['Xavier Mas de Xaxàs EFE', ['Xavier Mas de Xaxàs']],
    // Neighbours that must stay as they were.
    ['JOSH BOAK Associated Press', ['Josh Boak']],
    ['By JANE ROE and TOM HALE Associated Press', ['Jane Roe', 'Tom Hale']],
    ['Tom Hargreaves Yorkshire Post', ['Tom Hargreaves']],
  ])('%s', (value, want) => {
    expect(cleanNames([...bylineNames([value]), trimByline(value)])).toEqual(want);
  });
});

describe('interview and envoy labels (from the hold-out misses)', () => {
  it.each([
    ['Propos recueillis par Julien Moreau', ['Julien Moreau']],
    ['dal nostro inviato Marco Ferri', ['Marco Ferri']],
    ['Dalla nostra inviata Giulia Neri', ['Giulia Neri']],
    ['Entrevista de Ana Pérez', ['Ana Pérez']],
    // Near misses: the person interviewed, a place after the envoy's label.
    ['Entrevista a Pedro Sánchez', []],
    ['Interview with Jane Roe', []],
    ['Dal nostro inviato a Kiev', []],
  ])('%s', (value, want) => {
    expect(cleanNames([...bylineNames([value]), trimByline(value)])).toEqual(want);
  });
});
