//! The directory an index is read from. It is tantivy's memory-mapped directory, except
//! that an index the user may read but not write (a shared folder, a read-only mount)
//! still opens: tantivy takes its metadata lock by opening the lock file for writing,
//! and where that is refused this directory takes a shared lock on the file opened for
//! reading instead, which a writer's exclusive lock still excludes.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::directory::error::{
    DeleteError, LockError, OpenDirectoryError, OpenReadError, OpenWriteError,
};
use tantivy::directory::{
    DirectoryLock, FileHandle, Lock, MmapDirectory, WatchCallback, WatchHandle, WritePtr,
};
use tantivy::Directory;

/// A memory-mapped index directory that can be read without write permission.
#[derive(Clone, Debug)]
pub struct ReadDirectory {
    inner: MmapDirectory,
    root: PathBuf,
}

impl ReadDirectory {
    /// Opens the directory at `root`.
    pub fn open(root: &Path) -> Result<Self, OpenDirectoryError> {
        Ok(ReadDirectory {
            inner: MmapDirectory::open(root)?,
            root: root.to_path_buf(),
        })
    }
}

/// A shared lock on a lock file opened for reading; released when dropped.
struct SharedLock(#[allow(dead_code)] File);

/// Whether an error means the file system refuses to let us write.
pub(super) fn is_refusal(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

impl Directory for ReadDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.inner.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.inner.atomic_write(path, data)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.inner.acquire_lock(lock) {
            Err(LockError::IoError(err)) if is_refusal(&err) => {
                let file = File::open(self.root.join(&lock.filepath))
                    .map_err(|_| LockError::IoError(err))?;
                if lock.is_blocking {
                    file.lock_shared().map_err(LockError::wrap_io_error)?;
                } else {
                    file.try_lock_shared().map_err(|_| LockError::LockBusy)?;
                }
                Ok(DirectoryLock::from(Box::new(SharedLock(file))))
            }
            other => other,
        }
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}
