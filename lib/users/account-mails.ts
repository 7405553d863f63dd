/**
 * The words of the account mails. Plain text, short, no jargon; nothing typed by the requester (a name) is
 * repeated, so nobody can use these mails to send their own words to someone else's inbox.
 */
type Mail = { subject: string; text: string };

const SIGN_OFF = "— Throughline";

export function signUpMail({ link }: { link: string }): Mail {
  return {
    subject: "Finish creating your Throughline account",
    text: [
      "Hello,",
      "",
      "To finish creating your Throughline account, open this link and choose a password:",
      "",
      link,
      "",
      "The link works once, for the next 24 hours.",
      "",
      "If you did not ask for an account, you can ignore this email. Nothing is created until the link is used.",
      "",
      SIGN_OFF,
    ].join("\n"),
  };
}

export function alreadyRegisteredMail({ signInLink, resetLink }: { signInLink: string; resetLink: string }): Mail {
  return {
    subject: "You already have a Throughline account",
    text: [
      "Hello,",
      "",
      "Someone, probably you, asked to create a Throughline account with this email address. You already have one, so nothing new was created.",
      "",
      "Sign in here:",
      signInLink,
      "",
      "Forgotten your password? Choose a new one here (the link works once, for the next hour):",
      resetLink,
      "",
      "If this wasn't you, you can ignore this email. Your account has not changed.",
      "",
      SIGN_OFF,
    ].join("\n"),
  };
}

export function passwordResetMail({ resetLink }: { resetLink: string }): Mail {
  return {
    subject: "Choose a new Throughline password",
    text: [
      "Hello,",
      "",
      "To choose a new password for your Throughline account, open this link:",
      "",
      resetLink,
      "",
      "The link works once, for the next hour. Choosing a new password signs you out everywhere else.",
      "",
      "If you did not ask for this, you can ignore this email. Your password has not changed.",
      "",
      SIGN_OFF,
    ].join("\n"),
  };
}

export function noAccountMail({ signUpLink }: { signUpLink: string }): Mail {
  return {
    subject: "About your Throughline password",
    text: [
      "Hello,",
      "",
      "Someone, probably you, asked to choose a new Throughline password for this email address. There is no Throughline account for this address.",
      "",
      "Perhaps you signed up with another address? To create an account with this one, go to:",
      signUpLink,
      "",
      "If this wasn't you, you can ignore this email.",
      "",
      SIGN_OFF,
    ].join("\n"),
  };
}
