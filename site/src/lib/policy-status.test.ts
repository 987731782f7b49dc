import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadContentOrThrow } from '@sixin/core/node';
import { sitePaths } from './paths.ts';
import { policyStatus } from './policy-status.ts';

test('the policy status block holds only what the notice itself says', () => {
  const { policy } = loadContentOrThrow(sitePaths().contentDir);
  assert.deepEqual(policyStatus(policy.documents), {
    number: '江北府办发〔2021〕79号',
    issued: '2021年12月30日',
    issuer: '重庆市江北区人民政府办公室',
    publication: '（此件公开发布）',
    trial: true,
  });
});

test('a line the editors removed is missing from the block, never filled in', () => {
  const doc = { title: '某办法', blocks: [{ type: 'paragraph' as const, text: '正文' }] };
  assert.deepEqual(policyStatus([doc]), {
    number: undefined,
    issued: undefined,
    issuer: undefined,
    publication: undefined,
    trial: false,
  });
});
