// Chinese names the byline, lead and staff readers used to cut or take for people (meta14 probe):
// transliterated names joined by a middle dot (Uyghur, Tibetan and foreign names run past the
// usual two to four characters), placeholders such as 佚名 ("anonymous"), and a second role word
// inside a list of reporters. Lines written for these tests in the outlets' house forms.
import { describe, expect, it } from 'vitest';
import { bylineNames, cleanNames } from '../../../src/normalize/clean-names.js';
import { parseZhLead } from '../../../src/normalize/zh-lead.js';
import { zhEditors } from '../../../src/normalize/zh-staff.js';

describe('Chinese names with a middle dot', () => {
  it.each([
    ['记者 阿卜杜勒·艾尼', ['阿卜杜勒·艾尼']],
    ['作者：买买提·吐尔逊', ['买买提·吐尔逊']],
    ['本报记者 扎西·次仁 王芳', ['扎西·次仁', '王芳']],
    // Near misses: a dot with spaces, or before Latin text, still ends the names.
    ['作者：张三 · 2024-05-15', ['张三']],
    ['作者：李四·Photo', ['李四']],
  ])('%s', (line, names) => {
    expect(cleanNames(bylineNames([line]))).toEqual(names);
  });

  it('reads a dotted reporter in a lead bracket', () => {
    expect(parseZhLead('天山网讯（记者 阿卜杜勒·艾尼 通讯员 王芳）会议指出……')?.authors).toEqual(['阿卜杜勒·艾尼', '王芳']);
    expect(parseZhLead('新华社乌鲁木齐5月15日电（记者 顾煜·阿里木）会议指出……')?.authors).toEqual(['顾煜·阿里木']);
  });

  it('reads a dotted editor on a staff line', () => {
    expect(zhEditors('责任编辑：买买提·吐尔逊')).toEqual(['买买提·吐尔逊']);
    expect(zhEditors('编辑：王五 审核：阿依古丽·艾买提')).toEqual(['王五']);
  });
});

describe('placeholders and role words among Chinese names', () => {
  it.each([
    ['作者：佚名', []],
    ['作者：佚名 来源：本站原创', []],
    ['作者：匿名', []],
    ['作者：小编', []],
    ['作者：不详', []],
    // A second role inside the reporters' list names no one.
    ['（记者 张三 实习生 李四）', ['张三', '李四']],
    ['记者 张三 通讯员 王芳', ['张三', '王芳']],
    // Near misses: names that contain such characters stay.
    ['作者：佚明', ['佚明']],
    ['记者 张实习', ['张实习']],
  ])('%s', (line, names) => {
    expect(cleanNames(bylineNames([line]))).toEqual(names);
  });
});

describe('a handle after a byline label is no name', () => {
  it.each([
    // Han characters running into digits or Latin letters: a board handle (zh-poster.ts reads it).
    ['作者：小王2005', []],
    ['作者：阿强abc', []],
    // Near misses: a date run into the name, a name then a spaced number.
    ['作者：张三2024-05-15 10:02', ['张三']],
    ['作者：张三2024年5月15日', ['张三']],
    ['作者：张三 2005', ['张三']],
  ])('%s', (line, names) => {
    expect(cleanNames(bylineNames([line]))).toEqual(names);
  });
});

describe('more Chinese byline forms (meta14 hold-out)', () => {
  it("reads Hong Kong papers' unbracketed reporters after the opener", () => {
    expect(parseZhLead('【大公報訊】記者 黃山 報道：特區政府宣布……')?.authors).toEqual(['黃山']);
    expect(parseZhLead('【大公報訊】記者黃山、李明報道：特區政府宣布……')?.authors).toEqual(['黃山', '李明']);
    // Near misses: a press conference (記者會), and the form with nothing before it.
    expect(parseZhLead('【大公報訊】記者會上，特首表示……')?.authors).toEqual([]);
    expect(parseZhLead('记者会上，发言人表示，将继续推进。')).toBeNull();
  });

  it.each([
    ['【文/观察者网 王一】外交部发言人表示……', ['王一']],
    ['【文/张三】', ['张三']],
    // Near miss: a bracketed section name that starts with 文.
    ['【文化】本市举办读书节活动', []],
  ])('%s', (line, names) => {
    expect(cleanNames(bylineNames([line]))).toEqual(names);
  });

  it("reads an editor whose label runs on from the outlet's name before a bar", () => {
    expect(zhEditors('界面新闻记者 | 张晓 界面新闻编辑 | 李颖')).toEqual(['李颖']);
    expect(zhEditors('澎湃新闻编辑｜王五')).toEqual(['王五']);
    // Near miss: no bar, the words run on in a sentence.
    expect(zhEditors('这篇新闻编辑 张三认为很好')).toBeNull();
  });
});
