//! Test helpers: a temporary folder per test, with the fixture corpus copied in, and
//! the `search` binary run inside it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temporary working folder for one test, removed when dropped.
pub struct Dir {
    tmp: tempfile::TempDir,
}

impl Dir {
    /// An empty folder.
    pub fn new() -> Dir {
        Dir {
            tmp: tempfile::tempdir().expect("create a temporary folder"),
        }
    }

    /// A folder holding a copy of `tests/data/corpus` as `corpus/`.
    pub fn with_corpus() -> Dir {
        let dir = Dir::new();
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/corpus");
        let to = dir.path().join("corpus");
        std::fs::create_dir_all(&to).expect("create corpus folder");
        for entry in std::fs::read_dir(&from).expect("read fixture corpus") {
            let entry = entry.expect("fixture entry");
            std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy fixture");
        }
        dir
    }

    /// A folder with the fixture corpus indexed into `idx/`.
    pub fn indexed() -> Dir {
        let dir = Dir::with_corpus();
        dir.index();
        dir
    }

    /// Indexes `corpus/` into `idx/`, expecting a clean run.
    pub fn index(&self) {
        self.run(&["index", "corpus", "--index", "idx", "--quiet"])
            .assert_exit(0);
    }

    /// The folder's path.
    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Writes a file (creating parent folders) relative to the folder.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent folder");
        }
        std::fs::write(&path, contents).expect("write file");
        path
    }

    /// A `search` command running in this folder, with colour off.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_search"));
        cmd.current_dir(self.path()).args(args).env("NO_COLOR", "1");
        cmd
    }

    /// Runs `search` with `args` and returns its output.
    pub fn run(&self, args: &[&str]) -> Run {
        let output = self.command(args).output().expect("run search");
        Run {
            args: args.join(" "),
            output,
        }
    }

    /// Runs `search` with `args` and `stdin` as standard input.
    pub fn run_with_stdin(&self, args: &[&str], stdin: &str) -> Run {
        use std::io::Write;
        use std::process::Stdio;
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn search");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(stdin.as_bytes())
            .expect("write stdin");
        let output = child.wait_with_output().expect("wait for search");
        Run {
            args: args.join(" "),
            output,
        }
    }
}

/// The result of one run of `search`.
pub struct Run {
    args: String,
    output: Output,
}

impl Run {
    /// Standard output as text.
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    /// Standard error as text.
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    /// Panics with both streams unless the exit code is `code`.
    pub fn assert_exit(&self, code: i32) -> &Self {
        let actual = self.output.status.code();
        if actual != Some(code) {
            panic!(
                "`search {}` exited with {:?}, expected {code}\n--- stdout\n{}\n--- stderr\n{}",
                self.args,
                actual,
                self.stdout(),
                self.stderr()
            );
        }
        self
    }

    /// Each stdout line parsed as JSON into `T`.
    pub fn json_lines<T: serde::de::DeserializeOwned>(&self) -> Vec<T> {
        self.stdout()
            .lines()
            .map(|line| {
                serde_json::from_str(line).unwrap_or_else(|e| {
                    panic!(
                        "`search {}` printed a bad JSON line ({e}):\n{line}",
                        self.args
                    )
                })
            })
            .collect()
    }
}
