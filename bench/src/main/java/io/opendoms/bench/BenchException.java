package io.opendoms.bench;

/** The benchmark cannot go on (the stack did not start, setup failed): a message for the user. */
final class BenchException extends RuntimeException {

  BenchException(String message) {
    super(message);
  }

  BenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
