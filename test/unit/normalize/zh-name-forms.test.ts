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
