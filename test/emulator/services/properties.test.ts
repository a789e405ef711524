// PropertiesService: values stored as strings, copies not live views, 9 KB per value and 500 KB per store.

import {
  createPropertiesService,
  PROPERTY_STORE_FULL,
  PROPERTY_VALUE_LIMIT_BYTES,
  PROPERTY_VALUE_TOO_LARGE,
  PropertyStores,
} from '../../../emulator/services/properties';
import { makeEnv } from './service-env';

function setup() {
  const env = makeEnv();
  const stores = new PropertyStores();
  return { env, stores, PropertiesService: createPropertiesService(env, stores) };
}

describe('PropertiesService', () => {
  test('values come back as strings; missing keys are null', () => {
    const { stores, PropertiesService } = setup();
    const props = PropertiesService.getScriptProperties();
    props.setProperty('count', 5 as unknown as string).setProperty('on', true as unknown as string);
    props.setProperty('obj', { a: 1 } as unknown as string);
    expect(props.getProperty('count')).toBe('5');
    expect(props.getProperty('on')).toBe('true');
    expect(props.getProperty('obj')).toBe('[object Object]');
    expect(props.getProperty('missing')).toBeNull();
    expect(stores.script.get('count')).toBe('5');
  });

  test('getProperties returns a copy', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getUserProperties();
    props.setProperty('a', '1');
    const copy = props.getProperties();
    copy.a = 'changed';
    copy.b = 'new';
    expect(props.getProperty('a')).toBe('1');
    expect(props.getKeys()).toEqual(['a']);
  });

  test('setProperties merges or replaces; delete and deleteAll', () => {
    const { stores, PropertiesService } = setup();
    const props = PropertiesService.getDocumentProperties();
    props.setProperties({ a: 1, b: 'x' } as unknown as Record<string, string>);
    props.setProperties({ c: '3' });
    expect(props.getProperties()).toEqual({ a: '1', b: 'x', c: '3' });
    props.setProperties({ d: '4' }, true);
    expect(props.getProperties()).toEqual({ d: '4' });
    props.setProperty('e', '5').deleteProperty('d');
    expect(props.getKeys()).toEqual(['e']);
    props.deleteAllProperties();
    expect(stores.document.size).toBe(0);
  });

  test('stores are separate', () => {
    const { PropertiesService } = setup();
    PropertiesService.getScriptProperties().setProperty('k', 'script');
    expect(PropertiesService.getUserProperties().getProperty('k')).toBeNull();
    expect(PropertiesService.getDocumentProperties().getProperty('k')).toBeNull();
  });

  test('a value over 9 KB is refused and nothing changes', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getScriptProperties();
    props.setProperty('ok', 'x'.repeat(PROPERTY_VALUE_LIMIT_BYTES));
    expect(() => props.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT_BYTES + 1))).toThrow(
      PROPERTY_VALUE_TOO_LARGE,
    );
    // multi-byte text counts in UTF-8 bytes: 3,100 Hangul syllables are 9,300 bytes
    expect(() => props.setProperty('ko', '가'.repeat(3100))).toThrow(PROPERTY_VALUE_TOO_LARGE);
    expect(props.getKeys()).toEqual(['ok']);
  });

  test('a store over 500 KB is refused, all-or-nothing for setProperties', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getScriptProperties();
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) props.setProperty(`k${i}`, chunk); // 504,168 of 512,000 bytes
    const before = props.getKeys().length;
    expect(() =>
      props.setProperties(Object.fromEntries([0, 1, 2].map((i) => [`n${i}`, chunk]))),
    ).toThrow(PROPERTY_STORE_FULL);
    expect(props.getKeys()).toHaveLength(before);
    props.setProperty('fits', 'x'.repeat(7000)); // 511,172 bytes
    expect(() => props.setProperty('over', 'x'.repeat(900))).toThrow(PROPERTY_STORE_FULL);
    expect(PROPERTY_STORE_FULL).toMatch(/exceeded the property storage quota/);
  });

  test('calls are metered; gaps named', () => {
    const { env, PropertiesService } = setup();
    env.meter.reset();
    PropertiesService.getScriptProperties().getProperty('a');
    expect(env.meter.byMethod.get('PropertiesService.getScriptProperties')).toBe(1);
    expect(env.meter.byMethod.get('Properties.getProperty')).toBe(1);
    expect(env.meter.counts.other).toBe(2);
    expect(() => (PropertiesService.getScriptProperties() as any).getAll()).toThrow(
      'Emulator: Properties.getAll is not implemented',
    );
  });
});
