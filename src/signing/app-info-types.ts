/** What Beian reads from an app package: the JSON printed by `beian app-info --json` and answered by POST /api/v1/app-info. */
export type Platform = 'android' | 'ios' | 'harmonyos';

/** Android APK signature schemes, plus the places iOS and HarmonyOS keep their certificates. */
export type SigningScheme = 'v1' | 'v2' | 'v3' | 'v3.1' | 'provisioning-profile' | 'hap-signature';

export interface CertificateInfo {
  /** Distinguished name, most specific first (RFC 2253 order, as apksigner and keytool print it). */
  subject: string;
  issuer: string;
  /** Lowercase hex, without leading zero bytes. */
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** Digests of the certificate's DER: lowercase hex, no separators. */
  md5: string;
  sha1: string;
  sha256: string;
}

export interface PublicKeyInfo {
  /** 'RSA', 'EC', 'DSA', 'Ed25519' … */
  algorithm: string;
  bits: number | undefined;
  /** EC keys: the named curve (prime256v1 …). */
  curve?: string;
  /** SubjectPublicKeyInfo DER, base64 (the body of a PEM "PUBLIC KEY"). */
  spkiBase64: string;
  /** RSA keys: the modulus, uppercase hex without leading zeros (as `openssl x509 -modulus` prints it). */
  rsaModulusHex?: string;
  /** RSA keys: the modulus in decimal (as jadx prints it). */
  rsaModulusDecimal?: string;
}

export interface SignerInfo {
  schemes: SigningScheme[];
  certificate: CertificateInfo;
  publicKey: PublicKeyInfo;
  /** Certificates above the signer's in a chain, when the package carries one (HarmonyOS, iOS profile signer). */
  chain?: CertificateInfo[];
  /** v3/v3.1 only: the platform versions this signer applies to. */
  minSdkVersion?: number;
  maxSdkVersion?: number;
}

export interface AppWarning {
  code: string;
  message: { zh: string; en: string };
}

/** The strings to paste into the filing form (特征信息). */
export interface FilingValues {
  packageName: string | null;
  publicKey: string | null;
  /** Android and HarmonyOS: the certificate's MD5; iOS: its SHA-1, which providers ask for under this label. */
  signatureMd5: string | null;
}

export interface AppleProfile {
  name: string | null;
  type: 'development' | 'ad-hoc' | 'app-store' | 'enterprise';
  teamId: string | null;
  teamName: string | null;
  uuid: string | null;
  expirationDate: string | null;
}

export type SchemeVerification = 'verified' | 'failed' | 'absent';

export interface VerificationResult {
  v2: SchemeVerification;
  v3: SchemeVerification;
  'v3.1': SchemeVerification;
  /** Why a scheme failed, one line each. */
  problems: string[];
}

export interface AppInfo {
  platform: Platform;
  packageName: string | null;
  appName: string | null;
  versionName: string | null;
  versionCode: string | null;
  signers: SignerInfo[];
  /** Proof-of-rotation lineage (Android v3), oldest first; empty without rotation. */
  lineage: CertificateInfo[];
  filing: FilingValues;
  warnings: AppWarning[];
  /** iOS: the embedded provisioning profile. */
  profile?: AppleProfile;
  /** Present when verification was asked for. */
  verification?: VerificationResult;
}

/** A certificate as read from a package, before it is described. */
export interface RawSigner {
  schemes: SigningScheme[];
  certificate: Buffer;
  chain?: Buffer[];
  minSdkVersion?: number;
  maxSdkVersion?: number;
}
