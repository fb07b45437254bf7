// What shared/ may use from its host. Browsers, Web Workers and Node ≥ 20 all
// provide these; shared/ is type-checked without DOM or Node types, so the
// small subset it relies on is declared here (and nothing else is available).

interface TextDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare var TextDecoder: {
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};
interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: { new (): TextEncoder };

interface CryptoKey {
  readonly type: string;
}
interface SubtleCrypto {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: boolean,
    keyUsages: readonly 'sign'[],
  ): Promise<CryptoKey>;
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: 'PBKDF2',
    extractable: false,
    keyUsages: readonly 'deriveKey'[],
  ): Promise<CryptoKey>;
  deriveKey(
    algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number },
    baseKey: CryptoKey,
    derivedKeyType: { name: 'AES-GCM'; length: 256 },
    extractable: false,
    keyUsages: readonly ('encrypt' | 'decrypt')[],
  ): Promise<CryptoKey>;
  encrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array },
    key: CryptoKey,
    data: Uint8Array,
  ): Promise<ArrayBuffer>;
  decrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array },
    key: CryptoKey,
    data: Uint8Array,
  ): Promise<ArrayBuffer>;
  sign(algorithm: 'HMAC', key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}
declare var crypto: {
  readonly subtle: SubtleCrypto;
  getRandomValues<T extends Uint8Array>(array: T): T;
};
