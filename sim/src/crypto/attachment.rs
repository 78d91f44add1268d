//! Encrypted attachments (spec: client-server API, "Sending encrypted attachments"): AES-256-CTR
//! with a fresh key and IV per file, and the `EncryptedFile` that tells a recipient where the
//! ciphertext is and how to open it. Key bundles on invite travel this way (MSC4268).

use aes::Aes256;
use aes::cipher::{Array, BlockCipherEncrypt, KeyInit};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// Applies the AES-256-CTR keystream of `key` and `iv` to `data` (encrypting and decrypting
/// are the same operation). The counter is the IV as a 128-bit big-endian number, as WebCrypto's
/// AES-CTR (whose 64-bit counter in the IV's second half never wraps for a file this size).
pub fn ctr(key: &[u8; 32], iv: &[u8; 16], data: &[u8]) -> Vec<u8> {
    let cipher = Aes256::new(&Array::from(*key));
    let start = u128::from_be_bytes(*iv);
    let mut out = Vec::with_capacity(data.len());
    for (i, chunk) in data.chunks(16).enumerate() {
        let mut block = Array::from(start.wrapping_add(i as u128).to_be_bytes());
        cipher.encrypt_block(&mut block);
        out.extend(chunk.iter().zip(block.iter()).map(|(d, k)| d ^ k));
    }
    out
}

/// Unpadded standard base64, as the spec writes keys and hashes.
fn b64(bytes: &[u8]) -> String {
    vodozemac::base64_encode(bytes)
}

/// The `EncryptedFile` for a ciphertext at `url`: the JSON Web Key (unpadded URL-safe base64),
/// the IV and the SHA-256 of the ciphertext.
pub fn encrypted_file(url: &str, key: &[u8; 32], iv: &[u8; 16], ciphertext: &[u8]) -> Value {
    let k = b64(key).replace('+', "-").replace('/', "_");
    json!({
        "v": "v2",
        "url": url,
        "key": { "alg": "A256CTR", "ext": true, "k": k, "key_ops": ["encrypt", "decrypt"], "kty": "oct" },
        "iv": b64(iv),
        "hashes": { "sha256": b64(&Sha256::digest(ciphertext)) },
    })
}

/// Opens a ciphertext with the key, IV and hash of its `EncryptedFile`: `None` when the hash
/// does not match or a field is malformed.
pub fn open(file: &Value, ciphertext: &[u8]) -> Option<Vec<u8>> {
    let k = file["key"]["k"].as_str()?.replace('-', "+").replace('_', "/");
    let key: [u8; 32] = vodozemac::base64_decode(&k).ok()?.try_into().ok()?;
    let iv: [u8; 16] = vodozemac::base64_decode(file["iv"].as_str()?).ok()?.try_into().ok()?;
    if file["hashes"]["sha256"].as_str()? != b64(&Sha256::digest(ciphertext)) {
        return None;
    }
    Some(ctr(&key, &iv, ciphertext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_opens_with_its_key_and_not_after_tampering() {
        let (key, iv) = ([7u8; 32], [1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0, 0, 0, 0]);
        let plain = br#"{"room_keys":[],"withheld":[]} and more than one block of text"#;
        let sealed = ctr(&key, &iv, plain);
        assert_ne!(&sealed[..], &plain[..]);
        let file = encrypted_file("mxc://a.example/abc", &key, &iv, &sealed);
        assert_eq!(open(&file, &sealed).as_deref(), Some(&plain[..]));
        let mut bad = sealed.clone();
        bad[0] ^= 1;
        assert_eq!(open(&file, &bad), None);
    }

    #[test]
    fn the_keystream_is_aes_256_ctr() {
        // NIST SP 800-38A, F.5.5 (CTR-AES256.Encrypt), first block.
        let key: [u8; 32] = [
            0x60, 0x3d, 0xeb, 0x10, 0x15, 0xca, 0x71, 0xbe, 0x2b, 0x73, 0xae, 0xf0, 0x85, 0x7d, 0x77, 0x81, 0x1f, 0x35,
            0x2c, 0x07, 0x3b, 0x61, 0x08, 0xd7, 0x2d, 0x98, 0x10, 0xa3, 0x09, 0x14, 0xdf, 0xf4,
        ];
        let iv: [u8; 16] =
            [0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff];
        let plain = [0x6b, 0xc1, 0xbe, 0xe2, 0x2e, 0x40, 0x9f, 0x96, 0xe9, 0x3d, 0x7e, 0x11, 0x73, 0x93, 0x17, 0x2a];
        let want = [0x60, 0x1e, 0xc3, 0x13, 0x77, 0x57, 0x89, 0xa5, 0xb7, 0xa7, 0xf5, 0x04, 0xbb, 0xf3, 0xd2, 0x28];
        assert_eq!(ctr(&key, &iv, &plain), want);
    }
}
