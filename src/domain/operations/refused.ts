/** Thrown by an operation that would break the tree's rules; the message is shown to the user. */
export class OperationRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OperationRefused';
  }
}
