package io.yishi.core.consultation;

/** Whether a consultation still accepts commands. */
public enum ConsultationStatus {
  /** Commands are accepted, subject to the current phase. */
  OPEN,
  /** The consultation was closed; no command is accepted. */
  CLOSED
}
