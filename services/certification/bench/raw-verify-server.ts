// The raw baselines of pnpm bench:verify: node:http answering from one MongoDB read by _id
// (RAW_MODE=db) or from a Map of every record loaded at start (RAW_MODE=memory); nothing else
// (no framework, validation, logging, rate limit or name check). Prints "listening" when ready.
import { createServer } from 'node:http';
import { MongoClient } from 'mongodb';

const client = await MongoClient.connect(process.env.MONGO_URL ?? '');
const records = client.db(process.env.MONGO_DATABASE).collection<{ _id: string; status: string }>('certificates');
const inMemory = process.env.RAW_MODE === 'memory';
const loaded = new Map<string, { status: string }>();
if (inMemory) for await (const record of records.find()) loaded.set(record._id, record);
const lookup = async (certificateNo: string) =>
  inMemory ? loaded.get(certificateNo) : await records.findOne({ _id: certificateNo });

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', async () => {
    const { certificateNo } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const record = await lookup(certificateNo);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ result: record?.status ?? 'not-found' }));
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
// The bench stops it after its load ends: nothing is in flight to wait for.
process.once('SIGTERM', () => process.exit(0));
