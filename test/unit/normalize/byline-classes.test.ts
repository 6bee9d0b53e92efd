/**
 * Bylines in other languages, by class (written for these tests from how outlets print them):
 * a label or verb before the name ("Von", "Por", "Par", "Di", "Door", "Av", "Автор:", "Oleh",
 * "كتب"), the interview credit ("Das Gespräch führte X"), a joint label ("Autorin/Autor"), and
 * a closing outlet in capitals after the name ("David Straub, MDR THÜRINGEN"), which is not a person.
 */
import { describe, expect, it } from 'vitest';
import { bylineNames, cleanNames, outletsInAuthors, outletsInBylines } from '../../../src/normalize/clean-names.js';

const read = (line: string): string[] => cleanNames(bylineNames([line]));

describe('labelled bylines', () => {
  it.each([
    ['de', 'von David Straub, MDR THÜRINGEN', ['David Straub']],
    ['de', 'Autorin/Autor Roman Goncharenko', ['Roman Goncharenko']],
    ['de', 'Das Gespräch führte Peter Hanselmann.', ['Peter Hanselmann']],
    ['es', 'Por Marta García y Luis Pérez', ['Marta García', 'Luis Pérez']],
    ['es', 'Escrito por Ana Torres', ['Ana Torres']],
    ['fr', 'Par Jean Dupont', ['Jean Dupont']],
    ['it', 'Di Massimo Rossi', ['Massimo Rossi']],
    ['nl', 'Door Pieter de Vries', ['Pieter de Vries']],
    ['no', 'Skrevet av Kari Nordmann', ['Kari Nordmann']],
    ['sv', 'Av Anna Svensson', ['Anna Svensson']],
    ['ru', 'Автор: Иван Петров', ['Иван Петров']],
    ['uk', 'Автор: Віктор Волокіта', ['Віктор Волокіта']],
    ['id', 'Oleh Andhika Prasetyo', ['Andhika Prasetyo']],
    ['tr', 'Yazar: Mehmet Can Toptaş', ['Mehmet Can Toptaş']],
    ['ar', 'كتب ضحى عرفة', ['ضحى عرفة']],
    ['ar', 'بقلم: أحمد علي', ['أحمد علي']],
  ])('%s %s', (_lang, line, names) => {
    expect(read(line)).toEqual(names);
  });

  it.each([
    ['an agency after the name stays out', 'Von Anna Berger, dpa', ['Anna Berger']],
    ['a whole byline in capitals is a name', "By MATT O'BRIEN", ["Matt O'Brien"]],
    ['a sentence mentioning "by" is not a byline', 'The bill was passed by parliament on Monday after a long debate', []],
    ['one Arabic word is not a name', 'كتب محرر', []],
  ])('%s', (_name, line, names) => {
    expect(read(line)).toEqual(names);
  });
});

describe('where the writer filed from, after the name', () => {
  it.each([
    ['en', 'By Jane Smith in Brussels', ['Jane Smith']],
    ['en', 'Jane Smith and John Doe in New York', ['Jane Smith', 'John Doe']],
    ['en', 'Jane Smith reporting from Kyiv', ['Jane Smith']],
    ['de', 'Hans Müller aus Berlin', ['Hans Müller']],
    ['fr', 'Jean Dupont à Paris', ['Jean Dupont']],
    // "da" is a name particle, not "from": Lula da Silva keeps his name.
    ['pt', 'Luiz Inácio Lula da Silva', ['Luiz Inácio Lula da Silva']],
  ])('%s %s', (_lang, value, names) => {
    expect(cleanNames([value])).toEqual(names);
  });
});

describe('another outlet beside the writer in a structured author', () => {
  it.each([
    [
      'a newspaper on another paper’s site',
      ['Spencer S. Hsu, The Washington Post'],
      'inquirer.com',
      ['The Inquirer'],
      ['The Washington Post'],
    ],
    ['a bar between writer and outlet', ['Jane Smith | Daily Mail'], 'msn.com', [], ['Daily Mail']],
    ['the site’s own name is no other outlet', ['Spencer S. Hsu, The Washington Post'], 'washingtonpost.com', [], []],
    ['an agency is a credit, not a source', ['Jane Smith, Associated Press'], 'example.com', [], []],
    ['a role is no outlet', ['Jane Smith, Staff Writer'], 'example.com', [], []],
    ['two writers, no outlet', ['Jane Smith, John Doe'], 'example.com', [], []],
  ])('%s', (_name, values, host, siteNames, outlets) => {
    expect(outletsInAuthors(values, siteNames, host)).toEqual(outlets);
  });
});

describe('initials are not the one-letter "and" of pt/it, es and ca/pl', () => {
  it.each([
    ['E. Nurdin', ['E. Nurdin']],
    ['By E. Nurdin', ['E. Nurdin']],
    ['Y. Chen', ['Y. Chen']],
    ['I. Kowalska', ['I. Kowalska']],
    ['Maria Silva e João Santos', ['Maria Silva', 'João Santos']],
    ['Juan Pérez y María López', ['Juan Pérez', 'María López']],
    ['Anna Nowak i Piotr Kowalski', ['Anna Nowak', 'Piotr Kowalski']],
  ])('%s', (value, names) => {
    expect(cleanNames([value])).toEqual(names);
  });
});

describe('another outlet beside the writer in a visible byline', () => {
  it.each([
    ['by Spencer S. Hsu, The Washington Post , Posted: July 18, 2020- 4:01 PM', ['The Washington Post']],
    ['Spencer S. Hsu, The Washington Post', ['The Washington Post']],
    ['By Jane Smith | The New York Times', ['The New York Times']],
    ['By Jane Smith, Staff Writer', []],
    ['By Jane Smith, May 15, 2024', []],
    ['Paris, The Daily Mail said on Monday', []],
    ['By Jane Smith, Daily Example', []],
  ])('%s', (line, outlets) => {
    expect(outletsInBylines([line], ['Daily Example'], 'dailyexample.com')).toEqual(outlets);
  });
});

describe('a lower-case "by" and a date run into the byline', () => {
  it.each([
    ['by Spencer S. Hsu, The Washington Post', ['Spencer S. Hsu']],
    ['by Regan December 27, 2019', ['Regan']],
    ['By Jane Smith May 15, 2024', ['Jane Smith']],
    ['By Brian May', ['Brian May']],
  ])('%s', (line, names) => {
    expect(read(line)).toEqual(names);
  });
});
