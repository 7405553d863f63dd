import bcrypt from "bcryptjs";

const COST = 10;
// A real hash of a random string: comparing against it when the email is unknown makes both failure
// paths take the same time, so response time does not reveal which emails have accounts.
const DUMMY_HASH = "$2b$10$R750EdQeqq2hZWPyPKh1veGxsb/N5jFi94FkR052/XzIoFXBB02Rq";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return hash !== null && matches;
}
