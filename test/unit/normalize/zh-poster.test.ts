/**
 * Posters of Chinese board threads and personal blog posts, by class (written for these tests from
 * how boards and blog platforms print them): a starter's handle after its label, a post line
 * "handle 发表于 date", a blog's owner in the post's <title> ("X的博客", Sina's "标题_X_新浪博客",
 * cnblogs' "标题 - X - 博客园"). Negatives: replies, Han names (a byline's), broken template
 * markup, titles without a blog platform.
 */
import { describe, expect, it } from 'vitest';
import { zhBlogOwner, zhPosterHandle } from '../../../src/normalize/zh-poster.js';

describe('zhPosterHandle', () => {
  it.each<[string[], string | null]>([
    [['楼主：cjy52191 发表于 2008-05-15 10:02'], 'cjy52191'],
    [['樓主: tom_2005'], 'tom_2005'],
    [['发帖人：drizzle.lee | 时间：2008-05-15'], 'drizzle.lee'],
    [['博主：sunny-day'], 'sunny-day'],
    [['cjy52191 发表于 2008-05-15 10:02 | 阅读(123) | 评论(4)'], 'cjy52191'],
    [['cjy52191 發表於 2008/5/15 10:02'], 'cjy52191'],
    // The first post's head counts; a reply's does not.
    [['1楼 作者：abc123 发表于 2008-05-15', '楼主：cjy52191'], 'cjy52191'],
    // After 作者 a Han name is a byline's (zhBylineNames reads it); after 楼主 it is the poster's own
    // (meta14: the byline reader misses a post head printed above the thread's title). Digits alone are no handle.
    [['作者：茉莉 发表于 2008-05-15'], null],
    [['楼主：茉莉 发表于 2008-05-15'], '茉莉'],
    [['楼主：老张头'], '老张头'],
    // Han characters with digits are a handle (a name has none), after any poster label.
    [['作者：小王2005'], '小王2005'],
    [['楼主：阿强_88'], '阿强_88'],
    // Placeholders are no one.
    [['楼主：游客'], null],
    [['楼主：匿名'], null],
    [['作者：20080515'], null],
    // A broken template's markup.
    [['作者： size="20"'], null],
    [['发表于 2008-05-15 10:02'], null],
  ])('%j', (lines, handle) => {
    expect(zhPosterHandle(lines)).toBe(handle);
  });
});

describe('zhBlogOwner', () => {
  it.each<[string | null, string | null]>([
    ['旧书店 - 茉莉的博客 - 网易博客', '茉莉'],
    ['旧书店_大卫_新浪博客', '大卫'],
    ['旧书店 - cjy52191 - 博客园', 'cjy52191'],
    ['旧书店 - 李四的个人空间', '李四'],
    ['旧书店 | drizzle的专栏', 'drizzle'],
    // No blog platform and no "X的博客": no owner.
    ['旧书店_读书频道_新浪网', null],
    ['旧书店 - 读书论坛', null],
    ['新浪博客', null],
    [null, null],
  ])('%s', (title, owner) => {
    expect(zhBlogOwner(title)).toBe(owner);
  });
});
