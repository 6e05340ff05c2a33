/** "frames 120 / 230" rewritten in place on a terminal. */
export function progressLine(stream: NodeJS.WriteStream): {
  update: (done: number, total: number | null) => void;
  done: () => void;
} {
  let shown = false;
  return {
    update(done, total) {
      stream.write(`\rframes ${done}${total ? ` / ${total}` : ''}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
