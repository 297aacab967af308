package io.opendoms.local;

/** A failure to start the local stack, with a message meant for the person who ran it. */
public class LocalStackException extends RuntimeException {

  public LocalStackException(String message) {
    super(message);
  }

  public LocalStackException(String message, Throwable cause) {
    super(message, cause);
  }
}
