//! A bound on the documents waiting for tantivy's indexing threads.
//!
//! Tantivy's writer queues up to 10,000 batches, and each of our batches is a whole
//! article: that is a bound, but a loose one, and one that grows with article length.
//! Extraction is quicker than indexing, so the queue is mostly full, and every queued
//! document is memory the process touches for the first time. [`InFlight`] counts the
//! bytes of the articles handed to the writer and not yet indexed: the last document of
//! each article carries a [`Ticket`] that gives the article's bytes back when tantivy
//! has indexed it and drops it. The sender waits while the count is over its limit.

use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

use tantivy::schema::Document;
use tantivy::TantivyDocument;

/// How long the sender waits for tantivy to take a document before sending anyway:
/// tantivy may be busy writing segments, or its threads may have failed, which the
/// next send reports.
const STALL: Duration = Duration::from_secs(1);

/// The bytes of documents sent to the writer and not yet indexed, and their limit.
pub struct InFlight {
    bytes: Mutex<usize>,
    freed: Condvar,
    limit: usize,
}

impl InFlight {
    /// A count that lets `limit` bytes wait at a time.
    pub fn new(limit: usize) -> Arc<Self> {
        Arc::new(InFlight {
            bytes: Mutex::new(0),
            freed: Condvar::new(),
            limit,
        })
    }

    /// Counts `bytes` more in flight, first waiting until they fit under the limit
    /// (an article larger than the limit goes alone), for at most [`STALL`] without
    /// progress; the ticket gives them back.
    pub fn admit(self: &Arc<Self>, bytes: usize) -> Ticket {
        let mut held = self.lock();
        while *held > 0 && *held + bytes > self.limit {
            let before = *held;
            let (next, wait) = self
                .freed
                .wait_timeout(held, STALL)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            held = next;
            if wait.timed_out() && *held >= before {
                break;
            }
        }
        *held += bytes;
        Ticket {
            bytes,
            flight: Arc::clone(self),
        }
    }

    /// Bytes in flight now.
    #[cfg(test)]
    fn bytes(&self) -> usize {
        *self.lock()
    }

    fn lock(&self) -> MutexGuard<'_, usize> {
        // The count stays right even if a holder panicked: it is one number.
        self.bytes.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// A share of [`InFlight`], given back when dropped.
pub struct Ticket {
    bytes: usize,
    flight: Arc<InFlight>,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        let mut held = self.flight.lock();
        *held = held.saturating_sub(self.bytes);
        self.flight.freed.notify_all();
    }
}

/// A document for the writer; the last of an article's carries its ticket.
pub struct QueuedDoc {
    doc: TantivyDocument,
    ticket: Option<Ticket>,
}

impl QueuedDoc {
    /// A document without a ticket.
    pub fn new(doc: TantivyDocument) -> Self {
        QueuedDoc { doc, ticket: None }
    }

    /// Gives this document the ticket of its article.
    pub fn carry(&mut self, ticket: Ticket) {
        self.ticket = Some(ticket);
    }
}

impl Document for QueuedDoc {
    type Value<'a> = <TantivyDocument as Document>::Value<'a>;
    type FieldsValuesIter<'a> = <TantivyDocument as Document>::FieldsValuesIter<'a>;

    fn iter_fields_and_values(&self) -> Self::FieldsValuesIter<'_> {
        self.doc.iter_fields_and_values()
    }

    fn into_tantivy_document(self) -> TantivyDocument {
        self.doc
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tickets_give_their_bytes_back() {
        let flight = InFlight::new(100);
        let a = flight.admit(60);
        let b = flight.admit(0);
        assert_eq!(flight.bytes(), 60);
        drop(a);
        assert_eq!(flight.bytes(), 0);
        drop(b);
        // An article larger than the limit goes when nothing else is in flight.
        let big = flight.admit(500);
        assert_eq!(flight.bytes(), 500);
        drop(big);
        assert_eq!(flight.bytes(), 0);
    }

    #[test]
    fn the_sender_waits_until_a_ticket_is_dropped() {
        let flight = InFlight::new(100);
        let first = flight.admit(80);
        let (done, finished) = std::sync::mpsc::channel();
        let waiting = {
            let flight = Arc::clone(&flight);
            std::thread::spawn(move || {
                let second = flight.admit(50);
                done.send(()).expect("send");
                second
            })
        };
        // Still waiting: 80 + 50 is over the limit.
        assert!(finished.recv_timeout(Duration::from_millis(200)).is_err());
        drop(first);
        finished
            .recv_timeout(Duration::from_secs(5))
            .expect("admitted once the first ticket was dropped");
        let second = waiting.join().expect("thread");
        assert_eq!(flight.bytes(), 50);
        drop(second);
        assert_eq!(flight.bytes(), 0);
    }

    #[test]
    fn a_stalled_writer_does_not_block_the_sender_for_ever() {
        let flight = InFlight::new(10);
        let _stuck = flight.admit(10);
        let started = std::time::Instant::now();
        let _next = flight.admit(10);
        assert!(started.elapsed() >= STALL);
        assert_eq!(flight.bytes(), 20);
    }
}
