/**
 * Chinese bylines (issue 11): labelled, unspaced and closing-parenthesis reporter credits, board
 * posters; editors (责任编辑, 编辑) and other labels (校对) are never authors. Lines written the way
 * Chinese newspapers, portals and boards print them.
 */
import { describe, expect, it } from 'vitest';
import { bylineNames, cleanNames, editorNames } from '../../../src/normalize/clean-names.js';
import { extractArticle } from '../../../src/extract/extract-article.js';

describe('Chinese byline lines', () => {
  it.each([
    ['作者：茉莉', ['茉莉']],
    ['作者：宋怡 杨志华 编辑：金金 来源：21世纪经济报道', ['宋怡', '杨志华']],
    ['作者：芊草凡凡 时间：2005-08-22 19:13:18', ['芊草凡凡']],
    ['- 作者： 流泉 访问统计： 2005年08月30日', ['流泉']],
    ['文/张三', ['张三']],
    ['文：眉间尺', ['眉间尺']],
    ['执笔人：闵乐夫 赵兰波 刘韬', ['闵乐夫', '赵兰波', '刘韬']],
    ['本报记者 王燕平 方云凤 柏建斌', ['王燕平', '方云凤', '柏建斌']],
    ['本报实习生 刘国栋 周炜', ['刘国栋', '周炜']],
    ['记者 李四、王五', ['李四', '王五']],
    ['本报记者罗科苏盈发自北京', ['罗科苏盈']],
    ['记者王宁报道', ['王宁']],
    ['通讯员 赵六', ['赵六']],
    ['过一个平安、祥和、温馨、廉洁的新春佳节。（常书香 马丹阳 ）', ['常书香', '马丹阳']],
    ['（袁源）', ['袁源']],
    ['本贴由 大卫 于2005年8月12日16:12:21在〖 心灵体操 〗发表.', ['大卫']],
    // Not bylines.
    ['他在会上回答了记者提问。', []],
    ['中文：这是一段说明', []],
    ['全文到此结束。（完）', []],
    ['详见昨日报道。（上接第2版）', []],
    ['（图）', []],
    ['今年将继续推进。（综合）', []],
    ['今年将继续推进。（央视）', []],
    ['责任编辑：张三', []],
  ])('%s', (line, names) => {
    expect(cleanNames(bylineNames([line]))).toEqual(names);
  });
});

describe('Chinese editors', () => {
  it.each([
    ['责任编辑：张三', ['张三']],
    ['（责编：李四、王五）', ['李四', '王五']],
    ['编辑： 金金 来源： 千龙网', ['金金']],
    // a proofreader is no editor
    ['校对：赵六', []],
    // staff who go by a Latin name, after a brand or alone
    ['发布于：2015-11-05 11:34 51offer编辑：Alice', ['Alice']],
    ['责任编辑：Tom Zhang', ['Tom Zhang']],
    ['编辑：Alice 来源：新华网', ['Alice']],
    // not a name: a Latin word inside running text
    ['编辑：Apple公司发布了新品', []],
  ])('%s', (line, names) => {
    expect(editorNames([line])).toEqual(names);
  });
});

describe('byline and editor lines on a page', () => {
  it('reads the reporters, not the editor, on a portal page', () => {
    const text =
      '<p>记者从有关部门获悉，今年以来全市新建改建农村公路一千二百公里，惠及沿线三十多万群众，通行条件明显改善。</p><p>据介绍，下一步将继续加大投入力度，推动城乡交通运输一体化发展，让群众出行更加便捷、安全、舒适。</p>';
    const html = `<html><body><h1>农村公路建设提速</h1><div>2024-05-15 11:02:33 来源：中国新闻网</div><div class="content">${text}<p>有关负责人表示，将进一步完善养护机制。（常书香 马丹阳）</p></div><div>责任编辑：张三</div></body></html>`;
    const a = extractArticle(html, 'http://www.example.com.cn/a/1.html');
    expect(a.authors).toEqual(['常书香', '马丹阳']);
    expect(a.editors).toEqual(['张三']);
  });
});
