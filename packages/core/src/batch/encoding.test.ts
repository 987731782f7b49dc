import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectEncoding, encodingLabel } from './encoding.js';
import { encodeGb18030 } from './register.fixtures.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('detectEncoding', () => {
  it('trusts a byte-order mark', () => {
    assert.deepEqual(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('经营范围')])), {
      encoding: 'utf-8',
      source: 'bom',
      bomLength: 3,
    });
    assert.deepEqual(detectEncoding(new Uint8Array([0xff, 0xfe, 0x4f, 0x7f])), {
      encoding: 'utf-16le',
      source: 'bom',
      bomLength: 2,
    });
    assert.deepEqual(detectEncoding(new Uint8Array([0xfe, 0xff, 0x7f, 0x4f])), {
      encoding: 'utf-16be',
      source: 'bom',
      bomLength: 2,
    });
  });

  it('takes valid UTF-8 as UTF-8, even when the sample ends inside a character', () => {
    const bytes = utf8('统一社会信用代码,经营范围');
    assert.equal(detectEncoding(bytes).source, 'utf8-valid');
    assert.equal(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding, 'utf-8');
  });

  it('takes UTF-8 with a few damaged bytes as UTF-8', () => {
    const bytes = new Uint8Array([...utf8('统一社会信用代码,经营范围\n1,软件开发'), 0xff, ...utf8('信息系统集成服务')]);
    assert.deepEqual(detectEncoding(bytes), { encoding: 'utf-8', source: 'utf8-mostly', bomLength: 0 });
  });

  it('takes GBK bytes, which are not UTF-8, as GB18030', () => {
    assert.deepEqual(detectEncoding(encodeGb18030('统一社会信用代码,经营范围')), {
      encoding: 'gb18030',
      source: 'utf8-invalid',
      bomLength: 0,
    });
  });

  it('leaves plain ASCII undecided, and a given encoding wins', () => {
    assert.equal(detectEncoding(utf8('id,scope')).source, 'ascii');
    assert.deepEqual(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'gb18030'), {
      encoding: 'gb18030',
      source: 'given',
      bomLength: 0,
    });
  });
});

describe('encodingLabel', () => {
  it('knows the names people type for Chinese encodings', () => {
    assert.equal(encodingLabel('GBK'), 'gbk');
    assert.equal(encodingLabel('gb2312'), 'gbk');
    assert.equal(encodingLabel('GB18030'), 'gb18030');
    assert.equal(encodingLabel('utf8'), 'utf-8');
    assert.equal(encodingLabel('cp936'), 'gbk');
    assert.equal(encodingLabel('klingon'), undefined);
  });
});
