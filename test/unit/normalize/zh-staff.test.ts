/**
 * Chinese staff lines (probe 8): every editor role on one trailer line; proofreaders (校对), reviewers
 * (审核) and photo editors are no editors; staff codes go; a neighbouring label never runs into a
 * name; labels without a colon in a line of roles. Lines as Chinese portals and papers print them.
 */
import { describe, expect, it } from 'vitest';
import { editorNames } from '../../../src/normalize/clean-names.js';
import { parseEditorTrailer, stripWireMarkup } from '../../../src/normalize/strip-wire-markup.js';
import { zhEditors } from '../../../src/normalize/zh-staff.js';

describe('editors on a staff line', () => {
  it.each([
    ['编辑：王树君 责任编辑：刘亮', ['王树君', '刘亮']],
    // New media's bar for the colon: 丨 (U+4E28), ｜, |.
    ['撰文丨茉莉\u3000编辑丨李四', ['李四']],
    ['责任编辑丨王五', ['王五']],
    ['文 | 茉莉  编辑 | 李四', ['李四']],
    ['责任编辑：屈运栩 | 版面编辑：邱祎', ['屈运栩', '邱祎']],
    ['责任编辑：刘亮　值班编辑：郭佳', ['刘亮', '郭佳']],
    ['【责任编辑:刘阳】', ['刘阳']],
    ['(责编：杨光宇、岳弘彬)', ['杨光宇', '岳弘彬']],
    ['（编辑：王丽 审核：李强）', ['王丽']],
    ['（文/刘洋 图/陈晨 编辑/黄婷 审核/周敏）', ['黄婷']],
    ['编辑 张磊 校对 卢茜', ['张磊']],
    ['编辑 刘梦婕', ['刘梦婕']],
    ['（譯者：陳昱婷/核稿：林沂鋒）1130515', ['林沂鋒']],
    ['(报导 路透北京新闻组；编辑 张涛)', ['张涛']],
    ['责任编辑：蔡军 图片编辑：陈飞燕', ['蔡军']],
    ['编辑：赵鹏 流程编辑：u028', ['赵鹏']],
    // staff codes
    ['责任编辑：王晓勇_NN2345', ['王晓勇']],
    ['(责任编辑：SN021)', []],
    // proofreaders and reviewers only
    ['校对：刘威', []],
    ['审核：李强', []],
    // Latin names
    ['发布于：2015-11-05 11:34 51offer编辑：Alice', ['Alice']],
    ['编辑：Alice 来源：新华网', ['Alice']],
  ])('%s', (line, names) => {
    expect(zhEditors(line) ?? []).toEqual(names);
    expect(editorNames([line])).toEqual(names);
  });

  it.each([
    // A sentence, not a line of roles: no label without a colon.
    '他说，编辑 部署了新的审核流程。',
    '图书馆今天开放',
    'Editor: Jane Doe',
  ])('%s names no editor role', (line) => {
    expect(zhEditors(line)).toBeNull();
  });
});

describe('editor trailers under the text', () => {
  it('reads the staff line by its roles', () => {
    expect(stripWireMarkup('正文第一段。\n\n（编辑：王丽 审核：李强）').editors).toEqual(['王丽']);
    expect(stripWireMarkup('正文第一段。\n\n责任编辑：王晓勇_NN2345').editors).toEqual(['王晓勇']);
    expect(stripWireMarkup('正文第一段。\n\n(责任编辑：SN021)').editors).toEqual([]);
    expect(parseEditorTrailer('(Web editor: Zhang Kaiwei, Liang Jun)')).toEqual(['Zhang Kaiwei', 'Liang Jun']);
  });
});
