//! Where processed media live: the [`MediaStore`] trait and its implementations.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use tokio::io::AsyncWriteExt;

use crate::{MediaError, MediaName};

/// Storage for media files, keyed by [`MediaName`].
///
/// [`LocalMediaStore`] keeps them in a directory, [`S3MediaStore`](crate::S3MediaStore) in
/// S3-compatible object storage that every node of a cluster shares. Every failure of the
/// underlying storage is [`MediaError::Store`].
#[async_trait::async_trait]
pub trait MediaStore: Send + Sync + 'static {
    /// Stores `bytes` under `name`, replacing any file of that name. Readers see either the old
    /// content or the complete new one, never a partial write.
    async fn put(&self, name: &MediaName, bytes: Vec<u8>) -> Result<(), MediaError>;
    /// The content stored under `name`, or `None` if there is none.
    async fn get(&self, name: &MediaName) -> Result<Option<Vec<u8>>, MediaError>;
    /// Removes `name`; removing a name that does not exist succeeds.
    async fn delete(&self, name: &MediaName) -> Result<(), MediaError>;
}

/// Media files stored flat in one local directory, one file per [`MediaName`].
///
/// Writes go to a temporary file in the same directory (named `.<name>.<random>.tmp`, which no
/// `MediaName` can match), are fsynced, then renamed over the target, and the directory is
/// fsynced; a crash leaves at worst a stray `.tmp` file. Since a `MediaName` is a plain file name
/// (see its pattern), a path is always `dir/<name>` and can never point outside `dir`. The
/// directory can also be served as-is by a static file server.
#[derive(Debug, Clone)]
pub struct LocalMediaStore {
    dir: PathBuf,
}

impl LocalMediaStore {
    /// A store in `dir`, creating it (and its parents) if missing; fails with
    /// [`MediaError::Store`] if it cannot be created or is not a directory.
    pub fn new(dir: PathBuf) -> Result<Self, MediaError> {
        std::fs::create_dir_all(&dir).map_err(MediaError::Store)?;
        if !dir.is_dir() {
            return Err(MediaError::Store(io::Error::new(
                io::ErrorKind::NotADirectory,
                format!("{} is not a directory", dir.display()),
            )));
        }
        Ok(Self { dir })
    }

    /// The directory the files are in.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The path of the file for `name`: always directly inside [`LocalMediaStore::dir`].
    #[must_use]
    pub fn path(&self, name: &MediaName) -> PathBuf {
        self.dir.join(name.as_str())
    }

    async fn write_atomically(&self, name: &MediaName, bytes: &[u8]) -> io::Result<()> {
        let mut suffix = [0u8; 8];
        getrandom::fill(&mut suffix).map_err(io::Error::other)?;
        let tmp = self
            .dir
            .join(format!(".{name}.{}.tmp", crate::name::hex(&suffix)));
        let result = async {
            let mut file = tokio::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&tmp)
                .await?;
            file.write_all(bytes).await?;
            file.sync_all().await?;
            drop(file);
            tokio::fs::rename(&tmp, self.path(name)).await
        }
        .await;
        if result.is_err() {
            let _ = tokio::fs::remove_file(&tmp).await;
        }
        result?;
        self.sync_dir().await
    }

    /// Makes a rename or removal in the directory durable (a no-op off Unix).
    async fn sync_dir(&self) -> io::Result<()> {
        #[cfg(unix)]
        tokio::fs::File::open(&self.dir).await?.sync_all().await?;
        Ok(())
    }
}

#[async_trait::async_trait]
impl MediaStore for LocalMediaStore {
    async fn put(&self, name: &MediaName, bytes: Vec<u8>) -> Result<(), MediaError> {
        self.write_atomically(name, &bytes)
            .await
            .map_err(MediaError::Store)
    }

    async fn get(&self, name: &MediaName) -> Result<Option<Vec<u8>>, MediaError> {
        match tokio::fs::read(self.path(name)).await {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(MediaError::Store(e)),
        }
    }

    async fn delete(&self, name: &MediaName) -> Result<(), MediaError> {
        match tokio::fs::remove_file(self.path(name)).await {
            Ok(()) => self.sync_dir().await.map_err(MediaError::Store),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(MediaError::Store(e)),
        }
    }
}

/// Media kept in memory, for tests of the layers above (nothing is persisted).
#[derive(Debug, Default)]
pub struct MemoryMediaStore {
    files: Mutex<HashMap<MediaName, Vec<u8>>>,
}

impl MemoryMediaStore {
    /// An empty store.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// The names stored, sorted.
    #[must_use]
    pub fn names(&self) -> Vec<MediaName> {
        let files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
        let mut names: Vec<_> = files.keys().cloned().collect();
        names.sort();
        names
    }
}

#[async_trait::async_trait]
impl MediaStore for MemoryMediaStore {
    async fn put(&self, name: &MediaName, bytes: Vec<u8>) -> Result<(), MediaError> {
        let mut files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
        files.insert(name.clone(), bytes);
        Ok(())
    }

    async fn get(&self, name: &MediaName) -> Result<Option<Vec<u8>>, MediaError> {
        let files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
        Ok(files.get(name).cloned())
    }

    async fn delete(&self, name: &MediaName) -> Result<(), MediaError> {
        let mut files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
        files.remove(name);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::{LocalMediaStore, MediaStore, MemoryMediaStore};
    use crate::{Format, MediaError, MediaName, new_stem};

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    async fn round_trip(store: &dyn MediaStore) -> TestResult {
        let stem = new_stem()?;
        let a = MediaName::variant(&stem, 320, Format::WebP)?;
        let b = MediaName::variant(&stem, 320, Format::Jpeg)?;
        assert_eq!(store.get(&a).await?, None);
        store.put(&a, b"first".to_vec()).await?;
        store.put(&b, b"other".to_vec()).await?;
        assert_eq!(store.get(&a).await?.as_deref(), Some(&b"first"[..]));
        store.put(&a, b"second".to_vec()).await?;
        assert_eq!(store.get(&a).await?.as_deref(), Some(&b"second"[..]));
        store.delete(&a).await?;
        assert_eq!(store.get(&a).await?, None);
        store.delete(&a).await?; // deleting again is fine
        assert_eq!(store.get(&b).await?.as_deref(), Some(&b"other"[..]));
        Ok(())
    }

    #[tokio::test]
    async fn local_store_round_trips() -> TestResult {
        let tmp = tempfile::tempdir()?;
        let dir = tmp.path().join("media").join("nested");
        let store = LocalMediaStore::new(dir.clone())?;
        assert!(dir.is_dir(), "created on demand");
        round_trip(&store).await?;
        // Only the one remaining file, flat in the directory; no temporary files left.
        let entries: Vec<_> = std::fs::read_dir(&dir)?
            .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect::<Result<_, _>>()?;
        assert_eq!(entries.len(), 1, "{entries:?}");
        assert!(MediaName::parse(&entries[0]).is_ok());
        Ok(())
    }

    #[tokio::test]
    async fn local_store_stays_in_its_directory() -> TestResult {
        let tmp = tempfile::tempdir()?;
        let dir = tmp.path().join("media");
        let store = LocalMediaStore::new(dir.clone())?;
        // Names that would escape cannot even be made…
        for evil in [
            "../x.jpg",
            "..%2fx.jpg",
            "/etc/passwd",
            "a/b.jpg",
            "..\\x.jpg",
        ] {
            assert!(matches!(MediaName::parse(evil), Err(MediaError::BadName)));
        }
        // …and every name that can be made maps to a file directly inside the directory.
        let name = MediaName::variant(&new_stem()?, 1920, Format::Png)?;
        let path = store.path(&name);
        assert_eq!(path.parent(), Some(dir.as_path()));
        store.put(&name, vec![1, 2, 3]).await?;
        assert_eq!(std::fs::read(&path)?, vec![1, 2, 3]);
        let outside: Vec<_> = std::fs::read_dir(tmp.path())?.collect::<Result<_, _>>()?;
        assert_eq!(
            outside.len(),
            1,
            "nothing written beside the media directory"
        );
        Ok(())
    }

    #[test]
    fn local_store_refuses_a_file_as_directory() -> TestResult {
        let tmp = tempfile::tempdir()?;
        let file = tmp.path().join("file");
        std::fs::write(&file, b"x")?;
        assert!(matches!(
            LocalMediaStore::new(file),
            Err(MediaError::Store(_))
        ));
        Ok(())
    }

    #[tokio::test]
    async fn memory_store_round_trips() -> TestResult {
        let store = Arc::new(MemoryMediaStore::new());
        round_trip(store.as_ref()).await?;
        assert_eq!(store.names().len(), 1);
        Ok(())
    }
}
